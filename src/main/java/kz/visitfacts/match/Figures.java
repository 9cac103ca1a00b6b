package kz.visitfacts.match;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures written in a text, as the matcher reads them (digits or words, with their unit or Chinese
 * counter), with where each stands in the text as written: for drafting a facts file from an article.
 */
public final class Figures {
    /** One figure: the text as written, its value, and its unit or counter ({@code usd}, {@code 家}), or null. */
    public record Figure(String text, int start, int end, BigDecimal value, String unit) {
    }

    private Figures() {
    }

    /** The figures of {@code text}, in order. */
    public static List<Figure> in(String text) {
        String folded = TextNormalizer.foldSimplified(text);
        // Folding keeps one character for one here (case, full-width forms); where it does not, only digits are read.
        boolean aligned = folded.length() == text.length();
        List<Figure> out = new ArrayList<>();
        for (Quantity q : NumberReader.read(aligned ? folded : text.toLowerCase(java.util.Locale.ROOT), aligned)) {
            int start = q.start();
            int end = q.end();
            while (end < text.length() && isUnitTail(text.charAt(end))) {
                end++;
            }
            // A Chinese numeral is a number only with what counts it (两国, 三十年): the figure takes that along.
            for (int extra = 0; extra < 2 && end < text.length() && !readsAs(text.substring(start, end), q.value()); extra++) {
                end++;
            }
            out.add(new Figure(text.substring(start, end).strip(), start, end, q.value(), q.unit()));
        }
        return out;
    }

    private static boolean readsAs(String figure, BigDecimal value) {
        return NumberReader.read(TextNormalizer.foldSimplified(figure)).stream().anyMatch(q -> q.value().compareTo(value) == 0);
    }

    /** What may follow a Chinese number and belongs to its figure: 余, 多 (more than). */
    private static boolean isUnitTail(char c) {
        return c == '余' || c == '多';
    }
}
