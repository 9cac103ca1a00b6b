package kz.visitfacts.match;

import java.util.ArrayList;
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
    private final Map<String, CueWords> measures;
    private final Map<String, String> unitMeasures;
    private final Map<String, String> counterMeasures;
    private final Set<String> countedThings;
    /** The nouns that name a counted thing (people, представител*, студент*), from the last word of its cues. */
    private final Map<String, List<String>> countedNouns;
    /** The words that ask how many, from the cues of counted things before their noun (how many, сколько). */
    private final Set<List<String>> howMany;
    /** Colloquial and dialect spellings: Chinese ones are found anywhere, longest first; words only whole. */
    private final Map<String, String> hanRewrites;
    private final Map<String, String> wordRewrites;
    private final int longestHanRewrite;
    /** The first characters of the Chinese rewrites: most characters start none, and need no lookup. */
    private final Set<Character> hanRewriteStarts;

    private record Cue(Set<FactKind> kinds, CueWords words) {
    }

    /** The words that make a sentence a question, and those that claim something did not happen. */
    private final CueWords interrogatives;
    private final CueWords premises;
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
            cueList.add(new Cue(EnumSet.copyOf(c.kinds()), cueWords(c.words())));
        }
        this.cues = List.copyOf(cueList);
        Map<String, CueWords> m = new HashMap<>();
        data.measures().forEach((measure, words) -> m.put(measure, cueWords(words)));
        this.measures = Map.copyOf(m);
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
        this.interrogatives = cueWords(List.copyOf(data.interrogatives()));
        this.premises = cueWords(List.copyOf(data.premises()));
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

    /** Whether a folded sentence asks something: a question mark, or a word that makes it a question. */
    boolean asks(String sentence) {
        return sentence.indexOf('?') >= 0 || sentence.indexOf('？') >= 0
                || interrogatives.foundIn(sentence, TextAnalyzer.words(sentence));
    }

    /** Whether a folded text claims something was refused, cancelled or did not happen. */
    /** The Chinese words that claim something was refused, cancelled or did not happen (see {@link #claimsOtherwise}). */
    Set<String> chinesePremises() {
        return chinesePremises;
    }

    boolean claimsOtherwise(String folded) {
        return premises.foundIn(folded, TextAnalyzer.words(folded));
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
        List<String> ws = TextAnalyzer.words(folded);
        measures.forEach((measure, words) -> {
            if (words.foundIn(folded, ws) || words.foundWithOneWordInside(ws) || chineseApart && words.foundApartInChinese(folded)) {
                asked.add(measure);
            }
        });
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

    /**
     * A cue list as plain lookups (regular expressions over many alternatives were the slowest step of a
     * question): Chinese cues are found anywhere, Latin and Cyrillic cues as whole words, where a trailing
     * '*' takes any ending.
     */
    private static CueWords cueWords(List<String> words) {
        List<String> han = new ArrayList<>();
        Map<String, List<String[]>> byFirstWord = new HashMap<>();
        for (String w : words) {
            String word = TextNormalizer.foldSimplified(w);
            // Chinese cues, and signs such as %, are found anywhere; words only as words.
            if (word.codePoints().anyMatch(cp -> Han.is(cp))
                    || word.codePoints().noneMatch(Character::isLetterOrDigit)) {
                han.add(word);
            } else {
                // Cut like the question itself (what's → what, s), keeping a trailing '*' on the last word.
                boolean prefix = word.endsWith("*");
                List<String> cut = new ArrayList<>(TextAnalyzer.words(prefix ? word.substring(0, word.length() - 1) : word));
                if (cut.isEmpty()) {
                    continue;
                }
                if (prefix) {
                    cut.set(cut.size() - 1, cut.get(cut.size() - 1) + "*");
                }
                String[] parts = cut.toArray(String[]::new);
                String first = parts[0].endsWith("*") ? "*" : parts[0];
                byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(parts);
            }
        }
        List<String[]> apart = new ArrayList<>();
        for (String cue : han) {
            HOW_MANY.stream().filter(h -> cue.startsWith(h) && cue.length() >= h.length() + 2).findFirst()
                    .ifPresent(h -> apart.add(new String[] {h, cue.substring(h.length())}));
        }
        return new CueWords(List.copyOf(han), Map.copyOf(byFirstWord), List.copyOf(apart));
    }

    /** The Chinese question words for "how many" that begin a measure's cue (多少游客, 几名). */
    private static final List<String> HOW_MANY = List.of("多少", "几");
    /** How many characters may stand between 多少 and what it counts: a name or a word (多少中国游客). */
    private static final int HAN_INSIDE = 4;
    /** What may end a question after "how many" when the counted thing comes first (游客有多少呢). */
    private static final String CLOSING_PARTICLES = "呢吗啊呀吧了";

    /**
     * A measure's cues: Chinese ones found anywhere, Latin and Cyrillic ones by their first word, and the Chinese
     * ones of "how many" and a counted thing of two characters or more, as {how many, thing} to find apart.
     */
    private record CueWords(List<String> han, Map<String, List<String[]>> byFirstWord, List<String[]> hanApart) {
        /**
         * Whether a Chinese cue of "how many" and a counted thing (多少游客) is in the question with a few characters
         * between its two parts (多少中国游客), or the other way round at the end (中国游客有多少). Only for a thing
         * of two characters or more: one character is a counter (多少家, 多少名), which follows 多少 right away, and
         * found apart it is too easily part of another word (多少亿人民币, 国家有多少).
         */
        boolean foundApartInChinese(String folded) {
            for (String[] cue : hanApart) {
                String head = cue[0];
                String tail = cue[1];
                for (int at = folded.indexOf(head); at >= 0; at = folded.indexOf(head, at + 1)) {
                    int from = at + head.length();
                    int to = folded.indexOf(tail, from);
                    if (to >= 0 && to - from <= HAN_INSIDE && allHan(folded, from, to)) {
                        return true;
                    }
                    if (endsAfter(folded, from) && before(folded, tail, at)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static boolean allHan(String s, int from, int to) {
            for (int i = from; i < to; i++) {
                if (!Han.is(s.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        /** Whether nothing but closing particles and punctuation follows {@code from}. */
        private static boolean endsAfter(String s, int from) {
            for (int i = from; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Han.is(c) ? CLOSING_PARTICLES.indexOf(c) < 0 : Character.isLetterOrDigit(c)) {
                    return false;
                }
            }
            return true;
        }

        /** Whether {@code tail} ends right before {@code at}, or one character (有, 是) before it. */
        private static boolean before(String s, String tail, int at) {
            return s.startsWith(tail, at - tail.length()) || at > tail.length() && s.startsWith(tail, at - tail.length() - 1);
        }

        /** Whether a multi-word cue stands in the words with one other word between two of its own. */
        boolean foundWithOneWordInside(List<String> words) {
            for (int i = 0; i < words.size(); i++) {
                List<String[]> phrases = byFirstWord.get(words.get(i));
                if (phrases == null) {
                    continue;
                }
                for (String[] phrase : phrases) {
                    for (int gapAfter = 0; gapAfter < phrase.length - 1; gapAfter++) {
                        if (matchesAt(phrase, words, i, gapAfter)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        /** The phrase's words from {@code at}, with one word skipped after its word {@code gapAfter}. */
        private static boolean matchesAt(String[] phrase, List<String> words, int at, int gapAfter) {
            if (at + phrase.length + 1 > words.size()) {
                return false;
            }
            for (int k = 0; k < phrase.length; k++) {
                if (!wordMatches(phrase[k], words.get(at + k + (k > gapAfter ? 1 : 0)))) {
                    return false;
                }
            }
            return true;
        }

        static boolean wordMatches(String p, String w) {
            return p.endsWith("*") ? w.startsWith(p.substring(0, p.length() - 1)) : w.equals(p);
        }

        /** The phrases of this cue list found in a question: Chinese cues as they are, word cues as the words found. */
        List<String> phrasesIn(String folded, List<String> words) {
            List<String> found = new ArrayList<>();
            for (String h : han) {
                if (folded.contains(h)) {
                    found.add(h);
                }
            }
            for (int i = 0; i < words.size(); i++) {
                for (List<String[]> phrases : java.util.Arrays.asList(byFirstWord.get(words.get(i)), byFirstWord.get("*"))) {
                    if (phrases == null) {
                        continue;
                    }
                    for (String[] phrase : phrases) {
                        if (i + phrase.length <= words.size() && matchesFrom(phrase, words, i)) {
                            found.add(String.join(" ", words.subList(i, i + phrase.length)));
                        }
                    }
                }
            }
            return found;
        }

        private static boolean matchesFrom(String[] phrase, List<String> words, int at) {
            for (int k = 0; k < phrase.length; k++) {
                if (!wordMatches(phrase[k], words.get(at + k))) {
                    return false;
                }
            }
            return true;
        }

        boolean foundIn(String folded, List<String> words) {
            for (String h : han) {
                if (folded.contains(h)) {
                    return true;
                }
            }
            for (int i = 0; i < words.size(); i++) {
                if (startsAt(byFirstWord.get(words.get(i)), words, i) || startsAt(byFirstWord.get("*"), words, i)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean startsAt(List<String[]> phrases, List<String> words, int at) {
            if (phrases == null) {
                return false;
            }
            for (String[] phrase : phrases) {
                if (at + phrase.length > words.size()) {
                    continue;
                }
                boolean all = true;
                for (int k = 0; k < phrase.length && all; k++) {
                    all = wordMatches(phrase[k], words.get(at + k));
                }
                if (all) {
                    return true;
                }
            }
            return false;
        }
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
        List<String> words = TextAnalyzer.words(folded);
        List<Cue> speaking = new ArrayList<>();
        for (Cue cue : cues) {
            if (cue.words().foundIn(folded, words)) {
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
            if (!insideLonger(found.get(c), found)) {
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
        if (agreed == null) {
            return new Cued(Set.of(), Set.copyOf(cued));
        }
        return new Cued(Set.copyOf(agreed.isEmpty() ? narrowest : agreed), Set.copyOf(cued));
    }

    /**
     * Whether every phrase a cue found is part of a longer phrase another cue found: "what" inside "what year", 什么
     * inside 什么时候. The longer phrase says what is asked; the word inside it says nothing of its own.
     */
    private static boolean insideLonger(List<String> phrases, List<List<String>> all) {
        for (String p : phrases) {
            boolean inside = false;
            for (List<String> other : all) {
                for (String o : other) {
                    inside |= o.length() > p.length() && (" " + o + " ").contains(" " + p + " ") || o.length() > p.length()
                            && p.codePoints().anyMatch(Han::is) && o.contains(p);
                }
            }
            if (!inside) {
                return false;
            }
        }
        return true;
    }
}
