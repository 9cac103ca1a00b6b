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

        // The edit: a curator deletes the fact of the council's attendees from b.
        Path file = b.resolve("2025-09-03-tokayev-state-visit-china.facts.json");
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode root = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(file.toFile());
        com.fasterxml.jackson.databind.node.ArrayNode facts = root.withArray("facts");
        for (int i = 0; i < facts.size(); i++) {
            if (facts.get(i).get("id").asText().equals("business-council-500-representatives")) {
                facts.remove(i);
            }
        }
        json.writeValue(file.toFile(), root);
        List<String> changed = compare("compare", a.toString(), b.toString(), "src/test/resources/questions/paraphrases-2.tsv");
        String summary = changed.get(changed.size() - 1);
        assertTrue(summary.matches("[1-9]\\d* of \\d+ answer\\(s\\) differ.*"), summary);
        assertEquals(changed.size() - 1, Integer.parseInt(summary.substring(0, summary.indexOf(' '))));
        assertTrue(changed.stream().anyMatch(l -> l.startsWith("paraphrases-2.tsv: How many business leaders attended the council?: "
                + "business-council-500-representatives → ")), changed.toString());
    }

    @Test
    void comparesTheFactBaseInsideABuiltJarWithAFolder() throws Exception {
        Path jar = TestFacts.jarOf(TestFacts.DIR, tmp.resolve("release.jar"), true);
        List<String> same = compare("compare", jar.toString(), TestFacts.DIR.toString(), "src/test/resources/questions/figures.tsv");
        assertTrue(same.get(same.size() - 1).startsWith("0 of 37 answer(s) differ"), same.toString());
        Path edited = TestFacts.copyTo(tmp.resolve("edited"));
        TestFacts.addSources(edited, "second-source-ru-kk");
        List<String> changed = compare("compare", jar.toString(), edited.toString(), "src/test/resources/questions/fresh-issue7.tsv");
        assertTrue(changed.stream().anyMatch(l -> l.contains(": NONE → test-ru-wheat-exports")), changed.toString());
    }
}
