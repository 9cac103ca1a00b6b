package kz.visitfacts.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mistyped word of the facts ("саглашений", "савете", "agreemants") read as that word before the question is
 * analysed, and not only when the index looks it up: so what the word means (its concept) and what it asks for (a
 * measure: "сколько соглашений" asks for documents) are read too. A word is taken for a typo when no fact holds it,
 * its stem is one edit from exactly one stem the facts hold (as {@link FactIndex} finds it) or the word one edit from
 * words of one stem the facts are written in, and the frequency tables see it at least a hundred times less often than
 * the word it is read as, or not at all: a real word is left alone.
 */
final class FactWordTypos {
    /** Shorter stems are too near too many others to guess (the index looks up no shorter ones either). */
    private static final int SHORTEST_STEM = 5;
    /** A Latin or Cyrillic word, as the typo readings look them up. */
    static final Pattern WORD = Pattern.compile("[\\p{IsLatin}\\p{IsCyrillic}]+");

    private final WordFrequencies frequencies;
    private final Predicate<String> factWord;
    private final UnaryOperator<String> stemOneEditAway;
    /**
     * What each word looked up was read as ("" for itself), up to a bound as {@link FactIndex} keeps its unknown words:
     * every answered question with an unknown word is checked for one (see {@link QuestionReader#mistyped}).
     */
    private final Map<String, String> meantByWord = new java.util.concurrent.ConcurrentHashMap<>();
    /** The words the facts are written in (keywords, questions, labels, statements), folded, by length. */
    private final Map<Integer, List<String>> factWordsByLength = new HashMap<>();

    /**
     * {@code factWord}: whether a folded word is one some fact holds; {@code stemOneEditAway}: the one stem the facts
     * hold one edit from a stem, or null; {@code factTexts}: what the facts are written in, whose words a typo may be of.
     */
    FactWordTypos(WordFrequencies frequencies, Predicate<String> factWord, UnaryOperator<String> stemOneEditAway,
                  Collection<String> factTexts) {
        this.frequencies = frequencies;
        this.factWord = factWord;
        this.stemOneEditAway = stemOneEditAway;
        Set<String> seen = new HashSet<>();
        for (String text : factTexts) {
            Matcher m = WORD.matcher(TextNormalizer.foldSimplified(text));
            while (m.find()) {
                String w = m.group();
                if (w.length() > SHORTEST_STEM && seen.add(w)) {
                    factWordsByLength.computeIfAbsent(w.length(), k -> new ArrayList<>()).add(w);
                }
            }
        }
        factWordsByLength.values().forEach(l -> l.sort(null));
    }

    /** The texts of a fact base whose words a typo may be of: every fact's keywords, questions, labels and statements. */
    static List<String> textsOf(kz.visitfacts.facts.FactBase base) {
        List<String> texts = new ArrayList<>();
        for (kz.visitfacts.facts.Fact f : base.facts()) {
            texts.addAll(f.allKeywords());
            texts.addAll(f.allQuestions());
            texts.addAll(f.label().texts().values());
            texts.addAll(f.statement().texts().values());
        }
        return texts;
    }

    /** The folded text with each mistyped fact word replaced; each replacement is added to {@code corrections}. */
    String correct(String text, List<ChineseTypos.Correction> corrections) {
        Matcher m = WORD.matcher(text);
        List<int[]> spans = new ArrayList<>();
        List<String> meant = new ArrayList<>();
        while (m.find()) {
            String word = m.group();
            String read = meant(word);
            if (read != null) {
                spans.add(new int[] {m.start(), m.end()});
                meant.add(read);
                corrections.add(new ChineseTypos.Correction(word, read));
            }
        }
        StringBuilder out = new StringBuilder(text);
        for (int i = spans.size() - 1; i >= 0; i--) {
            out.replace(spans.get(i)[0], spans.get(i)[1], meant.get(i));
        }
        return out.toString();
    }

    /**
     * The word a typed word stands for: its stem one edit from a stem of the facts, the typed ending kept (савете →
     * совете); or else the word itself one edit from a word the facts are written in (agreemants → agreements, whose
     * stems the stemmer leaves three letters apart). Null when it is none.
     */
    String meant(String word) {
        String known = meantByWord.get(word);
        if (known != null) {
            return known.isEmpty() ? null : known;
        }
        String read = read(word);
        if (meantByWord.size() < FactIndex.MAX_RESOLVED) {
            meantByWord.put(word, read == null ? "" : read);
        }
        return read;
    }

    /** How many words' readings are kept. */
    int kept() {
        return meantByWord.size();
    }

    private String read(String word) {
        String stem = Stemmer.stem(word);
        if (stem.length() < SHORTEST_STEM || factWord.test(word) || NumberReader.partOfAFigure(word)) {
            return null;
        }
        // A stem the stemmer rewrote (countri of countries) has no ending to keep.
        String known = word.startsWith(stem) ? stemOneEditAway.apply(stem) : null;
        String read = known != null ? known + word.substring(stem.length()) : nearFactWord(word);
        if (read == null) {
            return null;
        }
        OptionalDouble typed = commonness(word);
        if (typed.isEmpty()) {
            return read;
        }
        OptionalDouble common = commonness(read);
        return common.isPresent() && common.getAsDouble() - typed.getAsDouble() >= FunctionWordTypos.MORE_COMMON ? read : null;
    }

    /**
     * How common a word is, itself or any form of its stem (the tables keep only the commoner forms: кампаний is not
     * in them, кампания is, and a word of a real stem is no typo).
     */
    private OptionalDouble commonness(String word) {
        OptionalDouble itself = frequencies.zipf(word);
        OptionalDouble forms = frequencies.stemZipf(Stemmer.stem(word));
        if (itself.isEmpty()) {
            return forms;
        }
        return forms.isEmpty() || itself.getAsDouble() >= forms.getAsDouble() ? itself : forms;
    }

    /** The word of the facts one edit from {@code word}; null when there is none, or several of different stems. */
    private String nearFactWord(String word) {
        List<String> near = OneEdit.near(word, factWordsByLength, w -> w);
        if (near.isEmpty() || near.stream().map(Stemmer::stem).distinct().count() > 1) {
            return null;
        }
        return near.get(0);
    }
}
