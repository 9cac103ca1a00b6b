package kz.visitfacts.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;
import kz.visitfacts.TestFacts;
import kz.visitfacts.facts.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Odd and hostile input never throws, and what is not a question is never answered with a figure. */
class HostileInputTest {
    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n  ", "😀😀😀", "\u200B\u200C\u200D\uFEFF", "\u202E\u202D", "\u0000\u0007\u001B[31m",
        "<b>bold</b><script>alert(1)</script>", "&lt;&amp;&gt;", "**_`~~`_**", "？？？", "!!!", "1", "a", "的的的的",
        "ﾟ･✿ヾ╲(｡◕‿◕｡)╱✿･ﾟ", "\uD83D", "null", "' OR 1=1 --"})
    void nonQuestionsAreRefusedWithoutError(String input) {
        Answer a = TestFacts.engine().ask(input);
        assertFalse(a.answered(), () -> "answered " + a.best().fact().id());
        assertFalse(a.suggestions().isEmpty());
    }

    @Test
    void tenThousandCharactersAreHandled() {
        String q = "贸易额".repeat(3000) + "x".repeat(1000);
        Answer a = TestFacts.engine().ask(q);
        assertEquals(q, a.query());
    }

    @Test
    void aQuestionWrappedInHtmlAndInvisibleCharactersIsStillAnswered() {
        Answer a = TestFacts.engine().ask("<b>中哈\u200B两国2024年的贸易额\u202E有多少</b>？");
        assertTrue(a.answered());
        assertEquals("440亿美元", a.best().fact().figure());
    }

    @Test
    void mixedScriptsAreAnswered() {
        Answer a = TestFacts.engine().ask("SCO 峰会签了几份 documents?");
        assertTrue(a.answered());
        assertEquals("20份文件", a.best().fact().figure());
    }

    @Test
    void randomStringsNeverThrowAndAnswersAreWellFormed() {
        Random random = new Random(20250903);
        String[] pieces = {"贸易", "投资", "上合", "Tokayev", "ШОС", "сколько", "қанша", "?", " ", "440亿", "$", "%", "😀",
            "\u200B", "<", ">", "&", "\n", "年", "多少", "trade", "1000万吨", "日本", "France", "第二", "五倍"};
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(12);
            for (int k = 0; k < n; k++) {
                if (random.nextInt(3) == 0) {
                    sb.appendCodePoint(random.nextInt(0x2FFFF));
                } else {
                    sb.append(pieces[random.nextInt(pieces.length)]);
                }
            }
            String q = sb.toString();
            Answer a = TestFacts.engine().ask(q, Optional.empty(), Optional.of(Language.RU), 50);
            assertNotNull(a.language());
            if (a.answered()) {
                assertTrue(a.results().size() <= AnswerEngine.MAX_RESULTS);
                assertTrue(a.best().fact().quote().contains(a.best().fact().figure()));
            } else {
                assertTrue(a.results().isEmpty());
            }
        }
    }
}
