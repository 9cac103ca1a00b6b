package kz.visitfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kz.visitfacts.TestFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare}: what a curator's edit changed, row by row, over every table and sample. */
class CompareCommandTest {
    @TempDir
    Path tmp;

    private static List<String> compare(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new Cli(Map.of(), new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream())).run(args);
        assertEquals(0, code);
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void listsTheRowsAnEditChangedAndNothingForNoEdit() throws Exception {
        Path a = TestFacts.copyTo(tmp.resolve("a"));
        Path b = TestFacts.copyTo(tmp.resolve("b"));
        List<String> same = compare("compare", a.toString(), b.toString());
        assertTrue(same.get(same.size() - 1).startsWith("0 of "), same.toString());

        // The edit: the English test source added to b.
        TestFacts.addSources(b, "second-source-en");
        List<String> changed = compare("compare", a.toString(), b.toString(), "src/test/resources/questions/paraphrases-2.tsv");
        String summary = changed.get(changed.size() - 1);
        assertTrue(summary.matches("[1-9]\\d* of \\d+ answer\\(s\\) differ.*"), summary);
        assertEquals(changed.size() - 1, Integer.parseInt(summary.substring(0, summary.indexOf(' '))));
        assertTrue(changed.stream().anyMatch(l -> l.startsWith("paraphrases-2.tsv: How many business leaders attended the council?: ")),
                changed.toString());
    }
}
