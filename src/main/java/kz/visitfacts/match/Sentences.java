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

    private static void add(List<String> out, String sentence) {
        if (sentence.codePoints().anyMatch(Character::isLetterOrDigit)) {
            out.add(sentence);
        }
    }
}
