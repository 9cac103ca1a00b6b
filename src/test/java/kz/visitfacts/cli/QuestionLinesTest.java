package kz.visitfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuestionLinesTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private QuestionLines lines(String input) {
        return new QuestionLines(new BufferedReader(new StringReader(input)), new PrintStream(err, true, StandardCharsets.UTF_8), "ask");
    }

    @Test
    void aLineLongerThanTelegramAllowsIsCutAndSaidSoAndTheNextLineIsRead() throws Exception {
        QuestionLines q = lines("a".repeat(10_000_000) + "\n85%\r\n");
        assertEquals(QuestionLines.MAX, q.next().orElseThrow().length());
        assertEquals("85%", q.next().orElseThrow());
        assertEquals(Optional.empty(), q.next());
        assertEquals("ask: line 1 has 10000000 characters; only the first 4096 are asked (Telegram's limit for a message)\n",
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aCutNeverSplitsASurrogatePair() throws Exception {
        QuestionLines q = lines("a".repeat(QuestionLines.MAX - 1) + "😀😀");
        String line = q.next().orElseThrow();
        assertEquals(QuestionLines.MAX - 1, line.length());
        assertTrue(err.size() > 0);
    }

    @Test
    void blankAndLastLinesWithoutABreakAreRead() throws Exception {
        QuestionLines q = lines("\nlast");
        assertEquals("", q.next().orElseThrow());
        assertEquals("last", q.next().orElseThrow());
        assertEquals(Optional.empty(), q.next());
    }
}
