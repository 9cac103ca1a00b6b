package kz.visitfacts.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.visitfacts.facts.Language;

/**
 * A mistyped question word ("wich", "wher", "hwo many", "сколко") is no rare word that no fact has, which would
 * speak against every fact, nor a lost cue: a word no fact holds, which the language's frequency tables see at least
 * a hundred times less often than a stop word one edit away (a letter wrong, missing, added, or two swapped), is read
 * as that stop word; or as a word of a cue ("суму" as "сумму" of "на какую сумму"). Real words are left alone by the
 * tables ("with" is no typo of "which"; "как" none of "так").
 */
final class FunctionWordTypos {
    /** How much more common, in Zipf units (log10), the stop word must be: a hundred times. */
    static final double MORE_COMMON = 2.0;
    /** Shorter words are too near too many others to guess. */
    private static final int SHORTEST = 3;
    private static final Pattern WORD = FactWordTypos.WORD;

    /** How a typed word differs from a stop word, the likeliest slip first. */
    private enum Slip { SWAPPED, MISSING, WRONG, ADDED }

    private final Map<Integer, List<String>> questionWordsByLength = new HashMap<>();
    private final QuestionWords words;
    private final WordFrequencies frequencies;
    private final Predicate<String> factWord;
    private final Map<String, Map<Slip, List<String>>> nearByWord = new java.util.concurrent.ConcurrentHashMap<>();

    /** {@code factWord}: whether a folded word is one some fact holds (then it is no typo of a question word). */
    FunctionWordTypos(QuestionWords words, WordFrequencies frequencies, Predicate<String> factWord) {
        this.words = words;
        this.frequencies = frequencies;
        this.factWord = factWord;
        for (String w : words.questionWords()) {
            if (w.length() >= SHORTEST && WORD.matcher(w).matches()) {
                questionWordsByLength.computeIfAbsent(w.length(), k -> new ArrayList<>()).add(w);
            }
        }
        questionWordsByLength.values().forEach(l -> l.sort(null));
    }

    /** The folded text with each mistyped question word replaced; each replacement is added to {@code corrections}. */
    String correct(String text, List<ChineseTypos.Correction> corrections) {
        Matcher m = WORD.matcher(text);
        List<int[]> spans = new ArrayList<>();
        List<String> typed = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            typed.add(m.group());
        }
        StringBuilder out = null;
        for (int i = typed.size() - 1; i >= 0; i--) {
            String word = typed.get(i);
            String meant = meant(word, i == 0 ? null : typed.get(i - 1), i + 1 < typed.size() ? typed.get(i + 1) : null);
            if (meant != null) {
                out = out == null ? new StringBuilder(text) : out;
                out.replace(spans.get(i)[0], spans.get(i)[1], meant);
                corrections.add(new ChineseTypos.Correction(word, meant));
            }
        }
        return out == null ? text : out.toString();
    }

    /** The question word a typed word stands for; null when it is none, or a guess between two the words beside it do not settle. */
    String meant(String word, String before, String after) {
        if (word.length() < SHORTEST || words.questionWords().contains(word) || factWord.test(word)
                || NumberReader.partOfAFigure(word)) {
            return null;
        }
        for (List<String> candidates : questionWordsNear(word).values()) {
            if (candidates.size() == 1) {
                return candidates.get(0);
            }
            // "hwo many": how and who are one swap away alike; only "how" stands before "many" in a cue.
            List<String> paired = candidates.stream().filter(c -> before != null && words.cuePair(before, c)
                    || after != null && words.cuePair(c, after)).toList();
            if (paired.size() == 1) {
                return paired.get(0);
            }
            // "кагда открылся": когда (Russian) and кайда (Kazakh) are one letter away alike; the word beside it is
            // Russian only, so the question word is the Russian one.
            List<String> sameLanguage = candidates.stream().filter(c -> sharesOnlyLanguage(c, before) || sharesOnlyLanguage(c, after))
                    .toList();
            return sameLanguage.size() == 1 ? sameLanguage.get(0) : null;
        }
        return null;
    }

    /** The Cyrillic languages a word is read in, by the frequency tables. */
    private static final List<Language> CYRILLIC = List.of(Language.RU, Language.KK);

    /** Whether {@code neighbour} is known in one Cyrillic language only, and {@code candidate} in that one only too. */
    private boolean sharesOnlyLanguage(String candidate, String neighbour) {
        if (neighbour == null) {
            return false;
        }
        List<Language> of = languagesOf(neighbour);
        return of.size() == 1 && languagesOf(candidate).equals(of);
    }

    private List<Language> languagesOf(String word) {
        return CYRILLIC.stream().filter(l -> frequencies.zipf(l, word).isPresent()
                || frequencies.stemZipf(l, Stemmer.stem(word)).isPresent()).toList();
    }

    /**
     * The question words far more common than {@code word} one edit from it, by slip, the likeliest first. A long message
     * that is refused as typed is read again with its typos corrected, every unknown word of it looked up: what each
     * word was found near is kept (up to a bound, as {@link FactIndex} keeps its unknown words), since building the
     * edit automaton costs more than the rest of the reading.
     */
    private Map<Slip, List<String>> questionWordsNear(String word) {
        Map<Slip, List<String>> known = nearByWord.get(word);
        if (known != null) {
            return known;
        }
        OptionalDouble own = frequencies.zipf(word);
        Map<Slip, List<String>> bySlip = new java.util.EnumMap<>(Slip.class);
        for (String stop : OneEdit.near(word, questionWordsByLength, w -> w)) {
            OptionalDouble common = frequencies.zipf(stop);
            if (common.isPresent() && (own.isEmpty() || common.getAsDouble() - own.getAsDouble() >= MORE_COMMON)) {
                bySlip.computeIfAbsent(slip(word, stop), k -> new ArrayList<>()).add(stop);
            }
        }
        if (nearByWord.size() < FactIndex.MAX_RESOLVED) {
            nearByWord.put(word, bySlip);
        }
        return bySlip;
    }

    /** How many words' neighbours are kept. */
    int kept() {
        return nearByWord.size();
    }

    /** How {@code typed} differs from {@code stop}, one edit apart. */
    private static Slip slip(String typed, String stop) {
        if (typed.length() < stop.length()) {
            return Slip.MISSING;
        }
        if (typed.length() > stop.length()) {
            return Slip.ADDED;
        }
        int first = 0;
        while (typed.charAt(first) == stop.charAt(first)) {
            first++;
        }
        boolean swapped = first + 1 < typed.length() && typed.charAt(first) == stop.charAt(first + 1)
                && typed.charAt(first + 1) == stop.charAt(first);
        return swapped ? Slip.SWAPPED : Slip.WRONG;
    }
}
