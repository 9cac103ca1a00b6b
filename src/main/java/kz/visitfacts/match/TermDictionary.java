package kz.visitfacts.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.visitfacts.facts.LexiconTerm;

/**
 * The curated names and notions, ready to find in folded text: Chinese spellings for longest-match
 * segmentation (so 托卡耶夫 and 上合组织 stay whole), Latin and Cyrillic spellings as stemmed phrases
 * that tolerate inflection (Казахстана, Қазақстанға).
 */
final class TermDictionary {
    /** A lexicon term as the matcher uses it. */
    record Concept(String key, Term.Type type) {
        Term term(double weight) {
            return new Term(key, type == Term.Type.SUBJECT ? weight * 0.3 : weight, type);
        }
    }

    /** A Latin or Cyrillic spelling, word by word. */
    record Phrase(List<String> words, List<String> stems, List<Concept> concepts) {
    }

    private final Map<String, List<Concept>> han = new HashMap<>();
    private final Map<String, List<Phrase>> phrasesByPrefix = new HashMap<>();
    /** The longest word beginning with each character: most characters begin none, and need no lookup at all. */
    private final Map<Character, Integer> longestHanFrom = new HashMap<>();

    private final QuestionWords words;
    private final boolean rewrite;

    TermDictionary(List<LexiconTerm> lexicon, List<String> chineseWords, QuestionWords words) {
        this(lexicon, chineseWords, words, true);
    }

    /** {@code rewrite}: read aliases with the question words' rewrites, as facts and questions are read. */
    TermDictionary(List<LexiconTerm> lexicon, List<String> chineseWords, QuestionWords words, boolean rewrite) {
        this.words = words;
        this.rewrite = rewrite;
        Map<String, LexiconTerm> merged = new LinkedHashMap<>();
        for (LexiconTerm t : Countries.all()) {
            merged.put(t.id(), t);
        }
        for (LexiconTerm t : lexicon) {
            merged.merge(t.id(), t, TermDictionary::union);
        }
        for (LexiconTerm t : merged.values()) {
            Concept concept = new Concept("c:" + t.id(), t.subject() ? Term.Type.SUBJECT
                    : t.isEntity() ? Term.Type.ENTITY : Term.Type.CONCEPT);
            t.aliases().values().forEach(list -> list.forEach(alias -> add(alias, concept, words)));
        }
        for (String w : chineseWords) {
            String folded = prepare(w);
            // A keyword that is a question word (多少人, 哪年) never makes a term, and as a dictionary word it would
            // only cut through the word after it: 多少人|口 for 多少人口 (how large a population). One that holds a
            // question word (什么时候开, 设在哪里) would take in every question asking the same: "…什么时候开始…".
            if (isAllHan(folded) && folded.length() > 1 && !words.isStopword(folded)
                    && !words.asks(folded)) {
                han.computeIfAbsent(folded, k -> new ArrayList<>());
                noteLength(folded);
            }
        }
    }

    private static LexiconTerm union(LexiconTerm a, LexiconTerm b) {
        Map<kz.visitfacts.facts.Language, List<String>> all = new HashMap<>(a.aliases());
        b.aliases().forEach((lang, list) -> all.merge(lang, list, (x, y) -> {
            List<String> both = new ArrayList<>(x);
            both.addAll(y);
            return both;
        }));
        return new LexiconTerm(b.id(), b.type(), a.subject() || b.subject(), all);
    }

    private String prepare(String text) {
        String folded = TextNormalizer.foldSimplified(text);
        return rewrite ? words.rewrite(folded) : folded;
    }

    private void add(String alias, Concept concept, QuestionWords words) {
        String folded = prepare(alias).strip();
        if (folded.isEmpty() || words.isStopword(folded)) {
            return;
        }
        boolean hasHan = folded.codePoints().anyMatch(cp -> Han.is(cp));
        boolean hasOtherLetters = folded.codePoints().anyMatch(cp -> Character.isLetter(cp)
                && !Han.is(cp));
        if (hasHan && !hasOtherLetters) {
            // 谢赫巴兹·沙里夫, 乔尔蓬-阿塔: the whole name, and each part long enough to be a name on its own
            // (沙里夫, 莫因特), but not a short common word (中国 in 中国-欧洲).
            String[] parts = folded.split("[^\\p{IsHan}]+");
            addHan(String.join("", parts), concept);
            if (parts.length > 1) {
                for (String part : parts) {
                    if (part.length() >= 3) {
                        addHan(part, concept);
                    }
                }
            }
            return;
        }
        List<String> ws = TextAnalyzer.words(folded);
        if (ws.isEmpty()) {
            return;
        }
        Phrase phrase = new Phrase(ws, ws.stream().map(Stemmer::stem).toList(), List.of(concept));
        phrasesByPrefix.computeIfAbsent(prefixKey(ws.get(0)), k -> new ArrayList<>()).add(phrase);
    }

    private void addHan(String word, Concept concept) {
        if (word.isEmpty()) {
            return;
        }
        List<Concept> list = han.computeIfAbsent(word, k -> new ArrayList<>());
        if (!list.contains(concept)) {
            list.add(concept);
        }
        noteLength(word);
    }

    private void noteLength(String word) {
        longestHanFrom.merge(word.charAt(0), word.length(), Math::max);
    }

    static boolean isAllHan(String s) {
        return !s.isEmpty() && s.codePoints().allMatch(cp -> Han.is(cp));
    }

    private static String prefixKey(String word) {
        return word.length() <= 3 ? word : word.substring(0, 3);
    }

    /** Every Chinese word the dictionary knows: curated names and notions, and the facts' keywords. */
    java.util.Set<String> hanWords() {
        return java.util.Collections.unmodifiableSet(han.keySet());
    }

    /** The length of the longest Chinese dictionary word that begins with a character; 0 when none does. */
    int longestHan(char first) {
        return longestHanFrom.getOrDefault(first, 0);
    }

    /** The concepts a Chinese dictionary word names (empty for a plain word); null when not in the dictionary. */
    List<Concept> han(String word) {
        return han.get(word);
    }

    /**
     * The longest phrase starting at word {@code at}: how many words it takes and what it names;
     * null when none starts there.
     */
    Map.Entry<Integer, List<Concept>> phraseAt(List<String> words, List<String> stems, int at) {
        List<Phrase> candidates = phrasesByPrefix.get(prefixKey(words.get(at)));
        if (candidates == null) {
            return null;
        }
        int bestLength = 0;
        List<Concept> best = new ArrayList<>();
        for (Phrase p : candidates) {
            int n = p.words().size();
            if (at + n > words.size() || n < bestLength) {
                continue;
            }
            boolean all = true;
            for (int i = 0; i < n && all; i++) {
                all = wordMatches(words.get(at + i), stems.get(at + i), p.words().get(i), p.stems().get(i));
            }
            if (all) {
                if (n > bestLength) {
                    best = new ArrayList<>();
                    bestLength = n;
                }
                best.addAll(p.concepts());
            }
        }
        return bestLength == 0 ? null : Map.entry(bestLength, best);
    }

    /**
     * Same word, same stem, or, for Cyrillic, the dictionary word followed by a short ending: Kazakh adds
     * case endings (Қазақстан-ға) that no stemmer here removes.
     */
    private static boolean wordMatches(String word, String stem, String aliasWord, String aliasStem) {
        // A stem of three letters or fewer is too short to stand for one word: визит and визы both stem to виз.
        if (word.equals(aliasWord) || stem.equals(aliasStem) && aliasStem.length() >= 4) {
            return true;
        }
        if (!Stemmer.isCyrillic(word)) {
            return false;
        }
        // The spelling, not its Russian stem: a stem such as аста (Астана) would take in астам ("more than").
        // A Russian ending may replace the last letter (Астана → Астане, Япония → Японии).
        return extends_(word, aliasWord)
                || aliasWord.length() >= 6 && word.length() >= aliasWord.length() && word.length() <= aliasWord.length() + 4
                && word.regionMatches(0, aliasWord, 0, aliasWord.length() - 1)
                // The stem, where the stemmer took a single letter: Китай → кита, so Китая and Китае.
                || aliasStem.length() >= aliasWord.length() - 1 && extends_(word, aliasStem);
    }

    private static boolean extends_(String word, String base) {
        return base.length() >= 4 && word.startsWith(base) && word.length() - base.length() <= 6;
    }
}
