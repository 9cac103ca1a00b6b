package kz.visitfacts.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.visitfacts.TestFacts;
import org.junit.jupiter.api.Test;

/** Every number the article states is in the quote or figure of a fact of its own paragraph. */
class FactCoverageTest {
    /**
     * Digits with their Chinese multiplier, and Chinese numerals that count something (三位, 五倍, 四国,
     * 十年, 第二); 两国 ("the two countries") names the pair, it is not a figure.
     */
    static final Pattern NUMBER = Pattern.compile(
            "\\d+(?:[.,]\\d+)?(?:万亿|亿|万)?|第[一二三四五六七八九十]+|[一二三四五六七八九十百千]+(?=倍|个|位|份|家|名|条|项|国|届|周年|年)");

    @Test
    void everyNumberInTheArticleIsInAFactOfItsParagraph() {
        FactBase base = TestFacts.real();
        List<String> missing = new ArrayList<>();
        int numbers = 0;
        for (Source source : base.sources()) {
            for (Paragraph p : source.paragraphs()) {
                // As the matcher reads numbers, in every script (words too: five, пять, бес), and as the scan above.
                List<String> found = new ArrayList<>();
                kz.visitfacts.match.Figures.in(p.text()).stream().map(kz.visitfacts.match.Figures.Figure::text)
                        .filter(t -> !t.equals("两国")).forEach(found::add);
                Matcher m = NUMBER.matcher(p.text());
                while (m.find()) {
                    found.add(m.group());
                }
                for (String n : found) {
                    numbers++;
                    boolean covered = base.facts().stream()
                            .filter(f -> f.paragraph().equals(p))
                            .anyMatch(f -> f.quote().contains(n) || f.figure().contains(n));
                    if (!covered) {
                        missing.add(p.id() + ": " + n);
                    }
                }
            }
            for (Section s : source.sections()) {
                Matcher m = NUMBER.matcher(s.heading());
                while (m.find()) {
                    String n = m.group();
                    if (base.facts().stream().noneMatch(f -> f.figure().contains(n))) {
                        missing.add("heading " + s.id() + ": " + n);
                    }
                }
            }
        }
        assertTrue(numbers > 30, "the scan found only " + numbers + " numbers");
        assertEquals(List.of(), missing);
    }

    @Test
    void coverageScanFindsEveryKindOfNumber() {
        List<String> found = new ArrayList<>();
        Matcher m = NUMBER.matcher("约6000家，440亿美元，85%，提升五倍，四国，未来十年，第二和第三，两国，2025-2026年");
        while (m.find()) {
            found.add(m.group());
        }
        assertEquals(List.of("6000", "440亿", "85", "五", "四", "十", "第二", "第三", "2025", "2026"), found);
    }

    @Test
    void everyParagraphOfTheArticleIsInTheBase() {
        Source source = TestFacts.base().sources().get(0);
        List<String> lines = source.text().lines().filter(l -> !l.isBlank()).toList();
        // A line is a paragraph, or a section's heading (whose dateline may also be a paragraph of its own).
        List<String> uncovered = lines.stream()
                .filter(l -> source.paragraphs().stream().noneMatch(p -> l.strip().equals(p.text().strip()))
                        && source.sections().stream().noneMatch(s -> l.contains(s.heading())))
                .toList();
        assertEquals(List.of(), uncovered);
        // And no line twice: a paragraph is one line, a heading's line another, but for a dateline that is both.
        long headingParagraphs = source.paragraphs().stream()
                .filter(p -> source.sections().stream().anyMatch(s -> p.text().contains(s.heading()))).count();
        assertEquals(lines.size(), source.paragraphs().size() + source.sections().size() - headingParagraphs);
    }
}
