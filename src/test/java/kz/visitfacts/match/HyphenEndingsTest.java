package kz.visitfacts.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import kz.visitfacts.TestFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which words after a hyphen are Kazakh case endings, dropped, and which are words of their own. */
class HyphenEndingsTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "ШЫҰ-ның даму банкі|ШЫҰ даму банкі",
        "АҚШ-тан келді|АҚШ келді",
        "Тоқаевтың China Daily-дегі мақаласы|Тоқаевтың China Daily мақаласы",
        "2025-ші жылы|2025 жылы",
        // a name of its own, a pair of Kazakh words, a Russian particle, a span of years: left as written
        "Достық-Мойынты желісі|Достық-Мойынты желісі",
        "ата-анам айтты|ата-анам айтты",
        "кто-то сказал|кто-то сказал",
        "2025-2026 жылдары|2025-2026 жылдары",
        "2024-жылы|2024-жылы",
    })
    void dropsOnlyAnEndingAfterAnAbbreviationANumberOrAForeignName(String typed, String read) {
        assertEquals(read, HyphenEndings.dropped(typed));
    }

    /** Switched off, the ending is read as a word of its own, one no fact holds. */
    @Test
    void theMatcherReadsNoEndingAsAWord() {
        String question = "ШЫҰ-ның даму банкі туралы Тоқаев не деді?";
        assertFalse(termKeys(Matcher.build(TestFacts.base(), Set.of()), question).contains("w:нын"));
        assertTrue(termKeys(Matcher.build(TestFacts.base(), Set.of(Mechanism.HYPHEN_ENDINGS)), question).contains("w:нын"));
    }

    private static List<String> termKeys(Matcher m, String question) {
        return m.explain(question, 1).terms().stream().map(kz.visitfacts.match.Explanation.TermLine::key).toList();
    }
}
