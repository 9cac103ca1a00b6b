package kz.visitfacts.match;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.visitfacts.facts.FactKind;
import kz.visitfacts.facts.LanguageData;

/**
 * The words that shape a question rather than name its subject: stop words to drop, and cues
 * ("多少美元", "how many", "когда") that tell which kind of figure is asked for.
 */
final class QuestionWords {
    private final Set<String> stopwords;
    /** Folded endings of verbs (-ят, -ды, -ed): a verb frames a question more than it names its subject. */
    private final List<String> verbEndings;
    private final List<Cue> cues;
    /** Every two words side by side in a cue, joined by a space. */
    private final Set<String> cuePairs;
    private final Set<String> questionWords;
    private final List<Measure> measures;
    /** Which cues and measures a question may hold, so that most need no closer look. */
    private final CueFilter filter = new CueFilter();
    /**
     * The last text cut into words on this thread, with its candidate lists: a reading asks of its asking text what
     * kind it asks and which measures, and of an answer whether it claims otherwise, asks of now or of the next.
     */
    private final ThreadLocal<Cut> lastCut = new ThreadLocal<>();

    private final Map<String, String> unitMeasures;
    private final Map<String, String> counterMeasures;
    private final Set<String> countedThings;
    /** The nouns that name a counted thing (people, представител*, студент*), from the last word of its cues. */
    private final Map<String, List<String>> countedNouns;
    /** The words that ask how many, from the cues of counted things before their noun (how many, сколько). */
    private final Set<List<String>> howMany;
    /** The cues that ask an amount of what follows them ("how much", "сколько"; 多少 in Chinese). */
    private final List<List<String>> amountCueWords;
    private final List<String> amountCueHan;
    /** Colloquial and dialect spellings: Chinese ones are found anywhere, longest first; words only whole. */
    private final Map<String, String> hanRewrites;
    private final Map<String, String> wordRewrites;
    private final int longestHanRewrite;
    /** The first characters of the Chinese rewrites: most characters start none, and need no lookup. */
    private final Set<Character> hanRewriteStarts;

    private record Cue(Set<FactKind> kinds, CueWords words, long bit) {
    }

    /** A measure's words; {@code withinCues}: those of them that lie inside some cue's longer phrase (null: none). */
    private record Measure(String name, CueWords words, long bit, CueWords withinCues) {
    }

    /** The words that make a sentence a question, and those that claim something did not happen. */
    private final CueWords interrogatives;
    private final CueWords premises;
    /** The premises of two parts apart: "why … not" ({@link ClaimsApart}). */
    private final ClaimsApart claimsApart;
    /** The words with which askers speak of themselves (我是, I'm, я): a clause of them is who asks, not what. */
    private final CueWords asker;
    /** The words that ask how things are now (currently, сейчас, 目前), and those that tell of a plan (will, 未来). */
    private final CueWords present;
    private final CueWords planned;
    /** The words that ask about the next one of something (next, следующий, 下一届). */
    private final CueWords next;
    /** The Chinese words of the premises: known words, never read as a typo of a fact's word (退出 is not 推出). */
    private final Set<String> chinesePremises;
    /** The phrases that only frame a question ("in the article"): Chinese ones found anywhere, the others as whole words. */
    private final List<String> framingHan;
    private final Map<String, List<List<String>>> framingByFirstWord;

    private QuestionWords(LanguageData data) {
        Set<String> stop = new HashSet<>();
        data.stopwords().forEach(w -> stop.add(TextNormalizer.foldSimplified(w)));
        this.stopwords = Set.copyOf(stop);
        this.verbEndings = data.verbEndings().stream().map(TextNormalizer::foldSimplified).sorted().toList();
        List<Cue> cueList = new ArrayList<>();
        for (LanguageData.Cue c : data.cues()) {
            CueWords words = CueWords.of(c.words());
            cueList.add(new Cue(EnumSet.copyOf(c.kinds()), words, filter.register(words)));
        }
        this.cues = List.copyOf(cueList);
        Set<String> pairs = new HashSet<>();
        Set<String> question = new HashSet<>(stopwords);
        // "how much", "сколько", "多少": the cues that ask an amount of whatever they stand before.
        Set<String> interrogativeWords = data.interrogatives().stream().map(TextNormalizer::foldSimplified)
                .collect(java.util.stream.Collectors.toSet());
        List<List<String>> amountWords = new ArrayList<>();
        List<String> amountHan = new ArrayList<>();
        for (LanguageData.Cue c : data.cues()) {
            boolean asksAnAmount = c.kinds().contains(FactKind.QUANTITY) && Ranking.NUMERIC.containsAll(c.kinds());
            for (String phrase : c.words()) {
                boolean prefix = phrase.endsWith("*");
                String f = TextNormalizer.foldSimplified(prefix ? phrase.substring(0, phrase.length() - 1) : phrase);
                List<String> ws = TextAnalyzer.words(f);
                for (int i = 0; i + 1 < ws.size(); i++) {
                    pairs.add(ws.get(i) + " " + ws.get(i + 1));
                }
                // A cue's prefix (сумм*) stands for many words, none of which a typo may be taken for.
                question.addAll(prefix ? ws.subList(0, Math.max(0, ws.size() - 1)) : ws);
                if (!asksAnAmount || prefix) {
                    continue;
                }
                // Only cues that are a question word, or begin with one ("how much", "сколько", 多少): after "volume" or
                // 吨 comes what is said of them, not the thing measured. Not Kazakh's (қанша, неше): its endings leave
                // many a word of the facts unfound (неше бөлімге).
                if (f.codePoints().allMatch(Han::is) && interrogativeWords.contains(f)) {
                    amountHan.add(f);
                } else if (!ws.isEmpty() && f.codePoints().noneMatch(Han::is) && interrogativeWords.contains(ws.get(0))
                        && ws.stream().noneMatch(KazakhWords::inDictionary)) {
                    amountWords.add(ws);
                }
            }
        }
        this.cuePairs = Set.copyOf(pairs);
        this.amountCueWords = List.copyOf(amountWords);
        this.amountCueHan = List.copyOf(amountHan);
        this.questionWords = Set.copyOf(question);
        List<Measure> m = new ArrayList<>();
        List<String> cuePhrases = data.cues().stream().flatMap(c -> c.words().stream()).toList();
        data.measures().forEach((measure, words) -> {
            CueWords cueWords = CueWords.of(words);
            List<String> within = words.stream().filter(w -> cuePhrases.stream().anyMatch(c -> longerHolds(c, w))).toList();
            m.add(new Measure(measure, cueWords, filter.register(cueWords), within.isEmpty() ? null : CueWords.of(within)));
        });
        this.measures = List.copyOf(m);
        this.unitMeasures = data.unitMeasures();
        Map<String, String> counters = new HashMap<>();
        data.counterMeasures().forEach((k, v) -> counters.put(TextNormalizer.foldSimplified(k), v));
        this.counterMeasures = Map.copyOf(counters);
        this.countedThings = Set.copyOf(counters.values());
        Map<String, List<String>> nouns = new java.util.TreeMap<>();
        data.measures().forEach((measure, words) -> {
            if (countedThings.contains(measure)) {
                // "how many representatives", "сколько студент*": the last word names what is counted.
                words.stream().map(TextNormalizer::foldSimplified).filter(w -> w.contains(" ") && w.codePoints().noneMatch(Han::is))
                        .map(w -> w.substring(w.lastIndexOf(' ') + 1)).distinct()
                        .forEach(n -> nouns.computeIfAbsent(measure, k -> new ArrayList<>()).add(n));
            }
        });
        // Kept in measure order: were a word the noun of two measures, the same one would win every run.
        this.countedNouns = java.util.Collections.unmodifiableMap(nouns);
        // "how many", "сколько", "қанша": what the cues of counted things say before their noun.
        this.howMany = data.measures().entrySet().stream().filter(e -> countedThings.contains(e.getKey()))
                .flatMap(e -> e.getValue().stream()).map(TextNormalizer::foldSimplified)
                .filter(w -> w.contains(" ") && w.codePoints().noneMatch(Han::is))
                .map(w -> TextAnalyzer.words(w.substring(0, w.lastIndexOf(' ')))).collect(java.util.stream.Collectors.toSet());
        Map<String, String> han = new HashMap<>();
        Map<String, String> word = new HashMap<>();
        data.rewrites().forEach((from, to) -> {
            String f = TextNormalizer.foldSimplified(from);
            String t = TextNormalizer.foldSimplified(to);
            if (f.codePoints().anyMatch(cp -> Han.is(cp))) {
                han.put(f, t);
            } else {
                word.put(f, t);
            }
        });
        this.hanRewrites = Map.copyOf(han);
        this.wordRewrites = Map.copyOf(word);
        this.longestHanRewrite = han.keySet().stream().mapToInt(String::length).max().orElse(0);
        this.hanRewriteStarts = Set.copyOf(han.keySet().stream().map(k -> k.charAt(0)).toList());
        this.interrogatives = CueWords.of(List.copyOf(data.interrogatives()));
        this.premises = CueWords.of(data.premises().stream().filter(w -> !ClaimsApart.isOne(w)).toList());
        this.claimsApart = ClaimsApart.of(List.copyOf(data.premises()));
        this.asker = CueWords.of(List.copyOf(data.asker()));
        this.present = CueWords.of(List.copyOf(data.present()));
        this.planned = CueWords.of(List.copyOf(data.planned()));
        this.next = CueWords.of(List.copyOf(data.next()));
        this.chinesePremises = data.premises().stream().filter(w -> w.codePoints().allMatch(Han::is))
                .map(TextNormalizer::foldSimplified).collect(java.util.stream.Collectors.toUnmodifiableSet());
        List<String> framingHan = new ArrayList<>();
        Map<String, List<List<String>>> framingWords = new HashMap<>();
        for (String phrase : data.framing()) {
            String f = TextNormalizer.foldSimplified(phrase);
            if (f.codePoints().anyMatch(Han::is)) {
                framingHan.add(f);
            } else {
                List<String> ws = TextAnalyzer.words(f);
                if (!ws.isEmpty()) {
                    framingWords.computeIfAbsent(ws.get(0), k -> new ArrayList<>()).add(ws);
                }
            }
        }
        // Longest first, so "in the article" goes whole before "the article" and 文章里说 before 文章里.
        framingHan.sort(java.util.Comparator.comparingInt(String::length).reversed());
        framingWords.values().forEach(l -> l.sort(java.util.Comparator.comparingInt((List<String> w) -> w.size()).reversed()));
        this.framingHan = List.copyOf(framingHan);
        this.framingByFirstWord = Map.copyOf(framingWords);
    }

    /** A folded text, its words, and the bits of the cue lists it may hold ({@link CueFilter#candidates}). */
    private record Cut(String text, List<String> words, long may) {
    }

    private Cut cut(String folded) {
        Cut last = lastCut.get();
        if (last != null && last.text().equals(folded)) {
            return last;
        }
        List<String> words = java.util.Collections.unmodifiableList(TextAnalyzer.words(folded));
        Cut cut = new Cut(folded, words, filter.candidates(folded, words));
        lastCut.set(cut);
        return cut;
    }

    /** Whether a folded sentence asks something: a question mark, or a word that makes it a question. */
    boolean asks(String sentence) {
        return asks(sentence, cut(sentence).words());
    }

    private boolean asks(String sentence, List<String> words) {
        return marked(sentence) || interrogatives.foundIn(sentence, words);
    }

    /** Whether a sentence is marked as a question (?, ？). */
    static boolean marked(String sentence) {
        return sentence.indexOf('?') >= 0 || sentence.indexOf('？') >= 0;
    }

    /** Whether a folded clause speaks of the asker ("我住在西安", "I'm from Tashkent") and asks nothing. */
    boolean speaksOfTheAsker(String clause) {
        List<String> words = TextAnalyzer.words(clause);
        return asker.foundIn(clause, words) && !asks(clause, words);
    }

    /** The Chinese words that claim something was refused, cancelled or did not happen (see {@link #claimsOtherwise}). */
    Set<String> chinesePremises() {
        return chinesePremises;
    }

    /** Whether a folded text claims something was refused, cancelled or did not happen. */
    boolean claimsOtherwise(String folded) {
        return premises.foundIn(folded, cut(folded).words());
    }

    /** Whether a folded text claims something did not happen by asking why it did not ("why … not", 为什么…没). */
    boolean asksWhyNot(String folded) {
        return claimsApart.foundIn(folded);
    }

    /**
     * What an amount is asked of: the word right after "how much", "сколько" (not Kazakh's қанша), past stop words
     * ("how much barley", "сколько там нефти"), unless it is a cue word, a unit, a counted thing or a verb; in Chinese,
     * the text right after 多少 (多少石油). Empty when nothing follows the cue so.
     */
    java.util.Optional<String> amountThing(String folded) {
        List<String> ws = cut(folded).words();
        for (List<String> cue : amountCueWords) {
            for (int i = 0; i + cue.size() <= ws.size(); i++) {
                if (!ws.subList(i, i + cue.size()).equals(cue)) {
                    continue;
                }
                for (int k = i + cue.size(); k < Math.min(ws.size(), i + cue.size() + HOW_MANY_REACH); k++) {
                    String w = ws.get(k);
                    if (isStopword(w)) {
                        continue;
                    }
                    boolean measure = questionWords.contains(w) || NumberReader.partOfAFigure(w) || NumberReader.unitWord(w) != null
                            || countedAfter(List.of(w)) != null || w.chars().anyMatch(Character::isDigit) || looksLikeVerb(w);
                    return measure ? java.util.Optional.empty() : java.util.Optional.of(w);
                }
            }
        }
        for (String cue : amountCueHan) {
            int at = folded.indexOf(cue);
            if (at >= 0) {
                int from = at + cue.length();
                int to = from;
                while (to < folded.length() && Han.is(folded.codePointAt(to))) {
                    to += Character.charCount(folded.codePointAt(to));
                }
                if (to > from) {
                    return java.util.Optional.of(folded.substring(from, to));
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** Whether a folded text asks how things are now ("сколько грузов сейчас перевозится") and speaks of no plan. */
    boolean asksAboutNow(String folded) {
        List<String> words = cut(folded).words();
        return present.foundIn(folded, words) && !planned.foundIn(folded, words);
    }

    /** Whether a folded text asks about the next one of something ("где пройдёт следующий саммит?", 下一届). */
    boolean asksAboutTheNext(String folded) {
        return next.foundIn(folded, cut(folded).words());
    }

    /** Whether a folded text tells of a plan, of what will be ("will carry", планируется, 未来计划). */
    boolean tellsOfAPlan(String folded) {
        return planned.foundIn(folded, cut(folded).words());
    }

    /** The folded text without the phrases that only frame a question: what is said of the article is not asked. */
    String withoutFraming(String folded) {
        StringBuilder out = null;
        for (String phrase : framingHan) {
            if (folded.contains(phrase)) {
                out = out == null ? new StringBuilder(folded) : out;
                for (int at = out.indexOf(phrase); at >= 0; at = out.indexOf(phrase, at + 1)) {
                    for (int k = at; k < at + phrase.length(); k++) {
                        out.setCharAt(k, ' ');
                    }
                }
            }
        }
        if (!framingByFirstWord.isEmpty()) {
            String text = out == null ? folded : out.toString();
            // The words with where they start and end, as TextAnalyzer.words cuts them.
            List<int[]> spans = new ArrayList<>();
            int i = 0;
            while (i < text.length()) {
                if (!Character.isLetterOrDigit(text.charAt(i)) || Han.is(text.charAt(i))) {
                    i++;
                    continue;
                }
                int end = i;
                while (end < text.length() && Character.isLetterOrDigit(text.charAt(end)) && !Han.is(text.charAt(end))) {
                    end++;
                }
                spans.add(new int[] {i, end});
                i = end;
            }
            for (int w = 0; w < spans.size(); w++) {
                int[] first = spans.get(w);
                List<List<String>> phrases = framingByFirstWord.get(text.substring(first[0], first[1]));
                if (phrases == null) {
                    continue;
                }
                for (List<String> phrase : phrases) {
                    if (w + phrase.size() > spans.size() || !wordsAt(text, spans, w, phrase)) {
                        continue;
                    }
                    if (out == null) {
                        out = new StringBuilder(folded);
                    }
                    for (int k = first[0]; k < spans.get(w + phrase.size() - 1)[1]; k++) {
                        out.setCharAt(k, ' ');
                    }
                    w += phrase.size() - 1;
                    break;
                }
            }
        }
        return out == null ? folded : out.toString();
    }

    private static boolean wordsAt(String text, List<int[]> spans, int at, List<String> phrase) {
        for (int k = 0; k < phrase.size(); k++) {
            int[] span = spans.get(at + k);
            if (!text.regionMatches(span[0], phrase.get(k), 0, phrase.get(k).length()) || span[1] - span[0] != phrase.get(k).length()) {
                return false;
            }
        }
        return true;
    }

    static QuestionWords from(LanguageData data) {
        return new QuestionWords(data);
    }

    /**
     * Folded text with colloquial and dialect spellings read as standard ones (咋 → 怎么, 几多 → 多少, скока →
     * сколько, ppl → people); the same for facts and questions, so both meet in one vocabulary.
     */
    String rewrite(String folded) {
        if (hanRewrites.isEmpty() && wordRewrites.isEmpty()) {
            return folded;
        }
        StringBuilder out = new StringBuilder(folded.length() + 8);
        int i = 0;
        int n = folded.length();
        while (i < n) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c) && !Han.is(c)) {
                int end = i;
                while (end < n && Character.isLetterOrDigit(folded.charAt(end))
                        && !Han.is(folded.charAt(end))) {
                    end++;
                }
                String w = folded.substring(i, end);
                out.append(wordRewrites.getOrDefault(w, w));
                i = end;
                continue;
            }
            int found = 0;
            boolean mayStart = hanRewriteStarts.contains(c);
            for (int len = mayStart ? Math.min(longestHanRewrite, n - i) : 0; len >= 1 && found == 0; len--) {
                String to = hanRewrites.get(folded.substring(i, i + len));
                if (to != null) {
                    out.append(to);
                    found = len;
                }
            }
            if (found == 0) {
                out.append(c);
                i++;
            } else {
                i += found;
            }
        }
        return out.toString();
    }

    /**
     * The measures a folded question asks for by name: a unit (km, tenge) or what is counted (people, firms).
     * One word may stand between a question word and what it counts: "how many new companies", "сколько
     * бизнес-соглашений", "қанша қытай компаниясы"; in Chinese a few characters ("多少中国游客"), or the counted
     * thing may come first ("中国游客有多少").
     */
    Set<String> askedMeasures(String folded, boolean chineseApart) {
        Set<String> asked = new HashSet<>();
        Cut cut = cut(folded);
        List<String> ws = cut.words();
        long may = cut.may();
        for (Measure m : measures) {
            CueWords words = m.words();
            if (CueFilter.mayBeIn(m.bit(), may) && (words.foundIn(folded, ws) || words.foundWithOneWordInside(ws)
                    || chineseApart && words.foundApartInChinese(folded))
                    && !(m.withinCues() != null && m.withinCues().foundIn(folded, ws) && insideACue(words, folded, ws, may))) {
                asked.add(m.name());
            }
        }
        if (asked.isEmpty()) {
            // "сколько там было китайских компаний": the counted noun a few words after "how many".
            for (int i = 0; i < ws.size(); i++) {
                for (List<String> ask : howMany) {
                    if (i + ask.size() <= ws.size() && ws.subList(i, i + ask.size()).equals(ask)) {
                        int from = i + ask.size();
                        List<String> after = ws.subList(from, Math.min(ws.size(), from + HOW_MANY_REACH));
                        // "сколько долларов ... соглашений" asks for dollars, which the units tell.
                        if (after.stream().anyMatch(w -> NumberReader.unitWord(w) != null)) {
                            continue;
                        }
                        String counted = countedThrough(after);
                        if (counted != null) {
                            asked.add(counted);
                        }
                    }
                }
            }
        }
        return asked;
    }

    /**
     * The counted thing of the first noun after "how many", past function words and one word right before it
     * ("сколько там было китайских компаний"); null when another word comes first ("how many countries did the
     * leaders …" counts countries, not people).
     */
    private String countedThrough(List<String> after) {
        for (int k = 0; k < after.size(); k++) {
            String counted = countedAfter(List.of(after.get(k)));
            if (counted != null) {
                return counted;
            }
            if (!isStopword(after.get(k))) {
                return k + 1 < after.size() ? countedAfter(List.of(after.get(k + 1))) : null;
            }
        }
        return null;
    }

    /** Whether a longer phrase holds a shorter one: as a word or words of it, or in Chinese anywhere in it. */
    private static boolean longerHolds(String longer, String shorter) {
        return longer.length() > shorter.length() && ((" " + longer + " ").contains(" " + shorter + " ")
                || shorter.codePoints().anyMatch(Han::is) && longer.contains(shorter));
    }

    /** Whether each place a Chinese phrase stands in the folded text shares a character with a longer Chinese phrase. */
    private static boolean longerOverlaps(String folded, String longer, String shorter) {
        if (longer.length() <= shorter.length() || shorter.codePoints().noneMatch(Han::is) || longer.codePoints().noneMatch(Han::is)) {
            return false;
        }
        boolean any = false;
        for (int at = folded.indexOf(shorter); at >= 0; at = folded.indexOf(shorter, at + 1)) {
            if (!overlapsAt(folded, longer, at, at + shorter.length())) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** Whether {@code phrase} stands in {@code folded} across some of the characters from {@code from} to {@code to}. */
    private static boolean overlapsAt(String folded, String phrase, int from, int to) {
        for (int at = Math.max(0, from - phrase.length() + 1); at < to; at++) {
            if (folded.startsWith(phrase, at)) {
                return true;
            }
        }
        return false;
    }

    /** Whether every phrase of a measure found is part of a longer cue's: 多长 (how long a distance) in 多长时间 (how long a time). */
    private boolean insideACue(CueWords measure, String folded, List<String> ws, long may) {
        List<String> phrases = measure.phrasesIn(folded, ws);
        if (phrases.isEmpty()) {
            return false;
        }
        List<List<String>> cuePhrases = new ArrayList<>();
        for (Cue cue : cues) {
            if (CueFilter.mayBeIn(cue.bit(), may)) {
                cuePhrases.add(cue.words().phrasesIn(folded, ws));
            }
        }
        return insideLonger(folded, phrases, cuePhrases);
    }

    /** How many words after "how many" its counted noun may come: сколько там было китайских компаний. */
    private static final int HOW_MANY_REACH = 4;

    /** The measures that name a counted thing (people, firms), not a unit. */
    Set<String> countedThings() {
        return countedThings;
    }

    /**
     * What a number counts, from the words right after it ("500 business representatives", "3200 қазақстандық
     * студент"): the counted thing whose noun is among them; null when none is. Chinese says it with a counter.
     */
    String countedAfter(List<String> wordsAfter) {
        for (String word : wordsAfter) {
            for (Map.Entry<String, List<String>> e : countedNouns.entrySet()) {
                for (String noun : e.getValue()) {
                    if (CueWords.wordMatches(noun, word)) {
                        return e.getKey();
                    }
                }
            }
        }
        return null;
    }

    /** The measure of a fact's figure: its unit, or for a count, what its Chinese counter says is counted; null when unknown. */
    String measureOf(String unit, String counter) {
        if (counter != null && counterMeasures.containsKey(counter)) {
            return counterMeasures.get(counter);
        }
        return unit == null ? null : unitMeasures.get(unit);
    }

    /** A Chinese character that only ever works as grammar or question form: a single-character stop word, or part of 什么, 哪里, 多少. */
    boolean isFunctionCharacter(char c) {
        return FUNCTION_CHARACTERS.indexOf(c) >= 0 || stopwords.contains(String.valueOf(c));
    }

    private static final String FUNCTION_CHARACTERS = "什么哪多少几怎谁啥";

    /** Whether a folded Latin or Cyrillic word of five letters or more ends like a verb. */
    boolean looksLikeVerb(String word) {
        if (word.length() < 5) {
            return false;
        }
        for (String ending : verbEndings) {
            if (word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    boolean isStopword(String word) {
        return stopwords.contains(word);
    }

    /**
     * The words a mistyped question word may stand for: the stop words, and the whole words of the cues (объем of
     * "какой объем", сумму of "на какую сумму"; not a cue's prefix, сумм*, which stands for many words).
     */
    Set<String> questionWords() {
        return questionWords;
    }

    /** Whether two folded words stand side by side in some cue ("how many", "в каком"): a guess between two is settled so. */
    boolean cuePair(String first, String second) {
        return cuePairs.contains(first + " " + second);
    }

    /**
     * What the cues of a question say: the kinds of figure it asks for ({@code asked}), and every kind some cue of it
     * speaks for, whether or not the cues agree ({@code cued}: "how much … when it opens" cues an amount and a time).
     */
    record Cued(Set<FactKind> asked, Set<FactKind> cued) {
    }

    /**
     * The kinds of figure the folded question asks for: where several cues speak, the kinds they agree on,
     * or else those of the most specific cue; empty when no cue speaks.
     */
    Set<FactKind> askedKinds(String folded) {
        return cued(folded).asked();
    }

    /** The kinds the folded question asks for, and all those its cues speak for, in one reading of its cues. */
    Cued cued(String folded) {
        Set<FactKind> agreed = null;
        Set<FactKind> narrowest = null;
        Set<FactKind> cued = EnumSet.noneOf(FactKind.class);
        Cut cut = cut(folded);
        List<String> words = cut.words();
        List<Cue> speaking = new ArrayList<>();
        long may = cut.may();
        for (Cue cue : cues) {
            if (CueFilter.mayBeIn(cue.bit(), may) && cue.words().foundIn(folded, words)) {
                speaking.add(cue);
                cued.addAll(cue.kinds());
            }
        }
        // Only where several cues speak may one's phrase lie inside another's.
        List<List<String>> found = new ArrayList<>();
        for (Cue cue : speaking) {
            found.add(speaking.size() > 1 ? cue.words().phrasesIn(folded, words) : List.of("?"));
        }
        for (int c = 0; c < speaking.size(); c++) {
            Cue cue = speaking.get(c);
            if (!insideLonger(folded, found.get(c), found)) {
                if (agreed == null) {
                    agreed = EnumSet.copyOf(cue.kinds());
                } else {
                    agreed.retainAll(cue.kinds());
                }
                if (narrowest == null || cue.kinds().size() < narrowest.size()) {
                    narrowest = cue.kinds();
                }
            }
        }
        // Kept as enum sets (read-only): every later test of a kind is a bit test, not a hash probe.
        if (agreed == null) {
            return new Cued(Set.of(), Collections.unmodifiableSet(cued));
        }
        return new Cued(Collections.unmodifiableSet(EnumSet.copyOf(agreed.isEmpty() ? narrowest : agreed)),
                Collections.unmodifiableSet(cued));
    }

    /**
     * Whether every phrase a cue found is part of a longer phrase another cue found: "what" inside "what year", 什么
     * inside 什么时候; or, in Chinese, shares characters with it wherever it stands: 在哪 (where) of 在哪一年 (in which
     * year), which is written without spaces. The longer phrase says what is asked; the word inside it says nothing of its own.
     */
    private static boolean insideLonger(String folded, List<String> phrases, List<List<String>> all) {
        for (String p : phrases) {
            boolean inside = false;
            for (List<String> other : all) {
                for (String o : other) {
                    inside |= longerHolds(o, p) || longerOverlaps(folded, o, p);
                }
            }
            if (!inside) {
                return false;
            }
        }
        return true;
    }
}
