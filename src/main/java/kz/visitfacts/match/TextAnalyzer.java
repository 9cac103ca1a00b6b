package kz.visitfacts.match;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts text into {@link Term}s, the same way for a fact's text and a user's question. Chinese is cut by
 * the curated dictionary first (longest match), the rest by Lucene's smartcn segmenter ({@link ChineseWords}), and long or
 * unknown words also give their character pairs; Latin and Cyrillic words are matched against curated
 * phrases and otherwise stemmed; numbers are read whole with their units.
 */
final class TextAnalyzer {
    private static final double SINGLE_HAN_WEIGHT = 0.4;
    private static final double PART_WEIGHT = 0.5;
    private static final double INNER_CONCEPT_WEIGHT = 0.6;
    /** A verb (построят, жасалды, opened) says how a question is put more than what it is about. */
    static final double VERB_WEIGHT = 0.5;

    private final TermDictionary dictionary;
    private final QuestionWords words;

    private final java.util.Set<Mechanism> off;

    TextAnalyzer(TermDictionary dictionary, QuestionWords words, java.util.Set<Mechanism> off) {
        this.dictionary = dictionary;
        this.words = words;
        this.off = off;
    }

    /** Terms of folded text, each key once with its largest weight. */
    List<Term> terms(String folded) {
        return terms(folded, 0);
    }

    /**
     * Terms of folded text; with a reference year (the source's), relative years such as 去年 or
     * "next year" become the years they name.
     */
    List<Term> terms(String folded, int referenceYear) {
        Map<String, Term> out = new LinkedHashMap<>();
        StringBuilder rest = new StringBuilder(folded);
        List<Quantity> quantities = new ArrayList<>(NumberReader.read(folded, !off.contains(Mechanism.SPELLED_NUMBERS)));
        if (referenceYear > 0) {
            quantities.addAll(NumberReader.relativeYears(folded, referenceYear));
        }
        // A spelled-out number that begins the subjects' name is no number: 两国, "both countries", екі ел.
        quantities.removeIf(q -> !q.digits() && beginsSubjects(folded, q.start()));
        // Nor is a spelled one, unless an ordinal: 一个, 一份 and 一年 say "a", 第一 says "first".
        quantities.removeIf(q -> !q.digits() && q.value().compareTo(java.math.BigDecimal.ONE) == 0
                && !folded.startsWith("第", q.start()));
        for (Quantity q : quantities) {
            add(out, new Term(q.key(), q.digits() ? 1.5 : 0.6, q.digits() ? Term.Type.NUMBER : Term.Type.SOFT_NUMBER));
            if (q.unit() != null) {
                add(out, new Term("u:" + q.unit(), 0.5, Term.Type.UNIT));
                if (q.unit().length() == 1) {
                    // A number with its Chinese counter is one thing: 30多家 (firms) is not the 30余份 beside it.
                    add(out, new Term(q.key() + q.unit(), 1.0, Term.Type.SOFT_NUMBER));
                }
            }
            for (int i = q.start(); i < q.end(); i++) {
                rest.setCharAt(i, ' ');
            }
        }
        String text = rest.toString();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int end = i + Character.charCount(cp);
            if (Han.is(cp)) {
                while (end < text.length() && Han.is(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
                chineseRun(text.substring(i, end), out);
            } else if (Character.isLetterOrDigit(cp)) {
                while (end < text.length() && isWordRunChar(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
                wordRun(text.substring(i, end), out);
            }
            i = end;
        }
        return List.copyOf(out.values());
    }

    /** Whether a name of the sources' subjects, of more than its first word or character, starts at {@code start}. */
    private boolean beginsSubjects(String text, int start) {
        if (start >= text.length()) {
            return false;
        }
        if (Han.is(text.codePointAt(start))) {
            for (int len = Math.min(dictionary.longestHan(text.charAt(start)), text.length() - start); len >= 2; len--) {
                if (subjects(dictionary.han(text.substring(start, start + len)))) {
                    return true;
                }
            }
            return false;
        }
        // A name is a few words: the rest of a long message need not be cut into words for it.
        List<String> ws = words(text.substring(start, Math.min(text.length(), start + NAME_REACH)));
        if (ws.isEmpty()) {
            return false;
        }
        Map.Entry<Integer, List<TermDictionary.Concept>> phrase =
                dictionary.phraseAt(ws, ws.stream().map(Stemmer::stem).toList(), 0);
        return phrase != null && phrase.getKey() >= 2 && subjects(phrase.getValue());
    }

    /** More characters than any multi-word name of the subjects ("обеих стран"). */
    private static final int NAME_REACH = 64;

    private static boolean subjects(List<TermDictionary.Concept> concepts) {
        return concepts != null && !concepts.isEmpty() && concepts.stream().allMatch(c -> c.type() == Term.Type.SUBJECT);
    }

    private static boolean isWordRunChar(int cp) {
        return !Han.is(cp)
                && (Character.isLetterOrDigit(cp) || cp == ' ' || cp == '-' || cp == '\'' || cp == '’' || cp == '.' || cp == '/');
    }

    /** The words of a Latin or Cyrillic run: letters and digits, split at anything else. */
    static List<String> words(String run) {
        // Scanned by hand: a regex split compiles its pattern on every call, and every question is cut many times.
        List<String> ws = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < run.length(); ) {
            int cp = run.codePointAt(i);
            boolean inWord = Character.isLetter(cp) || Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER;
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                ws.add(run.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            ws.add(run.substring(start));
        }
        return ws;
    }

    private void wordRun(String run, Map<String, Term> out) {
        List<String> ws = words(run);
        List<String> stems = ws.stream().map(Stemmer::stem).toList();
        int i = 0;
        while (i < ws.size()) {
            Map.Entry<Integer, List<TermDictionary.Concept>> phrase = dictionary.phraseAt(ws, stems, i);
            if (phrase != null) {
                phrase.getValue().forEach(c -> add(out, c.term(1.0)));
                // The words themselves count a little too: товарооборот is closer to товарооборот than to торговля.
                for (int k = i; k < i + phrase.getKey(); k++) {
                    if (!words.isStopword(ws.get(k)) && ws.get(k).length() > 2) {
                        add(out, new Term("w:" + stems.get(k), PART_WEIGHT, Term.Type.PART));
                    }
                }
                i += phrase.getKey();
                continue;
            }
            String w = ws.get(i);
            String unit = NumberReader.unitWord(w);
            if (unit != null) {
                add(out, new Term("u:" + unit, 0.5, Term.Type.UNIT));
            } else if (!words.isStopword(w) && !words.isStopword(stems.get(i)) && w.codePointCount(0, w.length()) > 1) {
                double weight = off.contains(Mechanism.VERBS) || !words.looksLikeVerb(w) ? 1.0 : VERB_WEIGHT;
                add(out, new Term("w:" + stems.get(i), weight, Term.Type.WORD));
            }
            i++;
        }
    }

    private void chineseRun(String run, Map<String, Term> out) {
        List<String> pieces = new ArrayList<>();
        StringBuilder gap = new StringBuilder();
        int i = 0;
        while (i < run.length()) {
            int found = 0;
            for (int len = Math.min(dictionary.longestHan(run.charAt(i)), run.length() - i); len >= 2; len--) {
                if (dictionary.han(run.substring(i, i + len)) != null) {
                    found = len;
                    break;
                }
            }
            if (found == 0) {
                gap.append(run.charAt(i));
                i++;
                continue;
            }
            segment(gap, pieces, out);
            pieces.add(run.substring(i, i + found));
            i += found;
        }
        segment(gap, pieces, out);
        StringBuilder singles = new StringBuilder();
        for (String piece : pieces) {
            List<TermDictionary.Concept> concepts = dictionary.han(piece);
            String unit = NumberReader.unitWord(piece);
            if (piece.length() == 1) {
                if (!words.isStopword(piece)) {
                    singles.append(piece);
                    add(out, new Term("z:" + piece, SINGLE_HAN_WEIGHT, Term.Type.WORD));
                    continue;
                }
            } else if (concepts != null && !concepts.isEmpty()) {
                concepts.forEach(c -> add(out, c.term(1.0)));
                // The exact spelling also counts a little: 贸易额 is closer to 贸易额 than to 经贸.
                add(out, new Term("z:" + piece, PART_WEIGHT, Term.Type.PART));
                // And names inside the name: 天津宣言 is also about 天津.
                innerConcepts(piece, out);
            } else if (unit != null) {
                add(out, new Term("u:" + unit, 0.5, Term.Type.UNIT));
            } else if (!words.isStopword(piece)) {
                add(out, new Term("z:" + piece, 1.0, Term.Type.WORD));
                if (piece.length() >= 3) {
                    pairs(piece, out);
                }
                innerConcepts(piece, out);
            }
            // A run of single characters is most likely a name the segmenter did not know.
            if (singles.length() >= 2) {
                pairs(singles.toString(), out);
            }
            singles.setLength(0);
        }
        if (singles.length() >= 2) {
            pairs(singles.toString(), out);
        }
    }

    private void pairs(String word, Map<String, Term> out) {
        for (int k = 0; k + 2 <= word.length(); k++) {
            String pair = word.substring(k, k + 2);
            if (!words.isStopword(pair)) {
                add(out, new Term("z:" + pair, PART_WEIGHT, Term.Type.PART));
            }
        }
    }

    /** Curated names inside a longer word: 贸易限制 still speaks of trade. */
    private void innerConcepts(String word, Map<String, Term> out) {
        if (off.contains(Mechanism.INNER_CONCEPTS)) {
            return;
        }
        for (int start = 0; start < word.length(); start++) {
            for (int len = Math.min(dictionary.longestHan(word.charAt(start)), word.length() - start); len >= 2; len--) {
                if (len == word.length()) {
                    continue;
                }
                List<TermDictionary.Concept> concepts = dictionary.han(word.substring(start, start + len));
                if (concepts != null && !concepts.isEmpty()) {
                    concepts.forEach(c -> add(out, c.term(INNER_CONCEPT_WEIGHT)));
                    break;
                }
            }
        }
    }

    private void segment(StringBuilder gap, List<String> pieces, Map<String, Term> partsOut) {
        if (gap.length() == 0) {
            return;
        }
        // The segmenter may cut the same words differently in another context; pairs bridge that,
        // except pairs with a function character (有多, 是哪), which would only add noise.
        for (int k = 0; k + 2 <= gap.length(); k++) {
            String pair = gap.substring(k, k + 2);
            if (!words.isFunctionCharacter(pair.charAt(0)) && !words.isFunctionCharacter(pair.charAt(1))
                    && !words.isStopword(pair)) {
                add(partsOut, new Term("z:" + pair, PART_WEIGHT, Term.Type.PART));
            }
        }
        pieces.addAll(ChineseWords.cut(gap.toString()));
        gap.setLength(0);
    }

    private static void add(Map<String, Term> out, Term term) {
        out.merge(term.key(), term, (a, b) -> a.weight() >= b.weight() ? a : b);
    }
}
