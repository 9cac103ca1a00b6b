package kz.visitfacts.match;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a message into sentences: at Chinese and Latin sentence ends (。！？!?;；), at line breaks, and at a full stop
 * followed by a space (not at the point inside a number, 1.8). A long message is background around the question.
 */
final class Sentences {
    private Sentences() {
    }

    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = "。！？!?;；\n…".indexOf(c) >= 0
                    || c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
            if (end) {
                // The mark stays with its sentence: a question mark says the sentence asks.
                add(out, text.substring(start, i + 1));
                start = i + 1;
            }
        }
        add(out, text.substring(start));
        return out;
    }

    /**
     * The sentences with each clause that speaks of the asker ({@code ofTheAsker}: "我住在西安，…", "I'm from Tashkent -
     * …") set apart as a sentence of its own, so it is background like a sentence of who asks and why: a city the asker
     * lives in is not a place the question names. A sentence's last clause always stays with it.
     */
    static List<String> withAskersClausesApart(List<String> sentences, java.util.function.Predicate<String> ofTheAsker) {
        List<String> out = new ArrayList<>();
        for (String sentence : sentences) {
            if (!TextNormalizer.holdsAnyOf(sentence, CLAUSE_MARKS)) {
                // One clause (most questions): nothing to set apart, and no pattern to run.
                add(out, sentence);
                continue;
            }
            StringBuilder rest = new StringBuilder();
            int start = 0;
            java.util.regex.Matcher m = CLAUSE_END.matcher(sentence);
            while (m.find()) {
                String clause = sentence.substring(start, m.end());
                if (ofTheAsker.test(clause)) {
                    add(out, clause);
                } else {
                    rest.append(clause);
                }
                start = m.end();
            }
            rest.append(sentence.substring(start));
            add(out, rest.toString());
        }
        return out;
    }

    /** The characters a clause may end with (the dashes only between spaces). */
    private static final String CLAUSE_MARKS = "，,：:-–—";
    /** Where a clause ends inside a sentence: a comma or colon, or a dash between spaces. */
    private static final java.util.regex.Pattern CLAUSE_END = java.util.regex.Pattern.compile("[，,：:]|\\s[-–—]\\s");

    private static void add(List<String> out, String sentence) {
        if (sentence.codePoints().anyMatch(Character::isLetterOrDigit)) {
            out.add(sentence);
        }
    }
}
