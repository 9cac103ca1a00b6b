package kz.visitfacts.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kz.visitfacts.Golden;
import kz.visitfacts.TestFacts;
import kz.visitfacts.cli.Cli;
import kz.visitfacts.facts.FactBaseLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16's trial of a second source, src/test/resources/curator-trial: a curator's English article (farm trade, a
 * solar plant, scholarships, flights) made with {@code draft}, finished by hand and validated. Added to the seed, it
 * may answer what the seed could not and crowd some of its answers into refusals; the suite does not fail on that,
 * {@code compare} shows it: every row of the seed's question tables is answered as its golden file says, but for
 * the rows {@code compare} lists, each as it lists it. (That no right answer turns into another fact is
 * {@link AddedSourceTest}'s to check, for this source too.)
 */
class CuratorTrialTest {
    @TempDir
    Path tmp;

    @Test
    void anAddedSourceChangesTheSeedsTablesOnlyWhereCompareSays() throws IOException {
        Path with = TestFacts.addSources(TestFacts.copyTo(tmp.resolve("with").resolve("facts")), "curator-trial");
        AnswerEngine engine = new AnswerEngine(new FactBaseLoader().load(with));
        List<String> tables = goldenTables();
        List<String> changed = new ArrayList<>();
        for (String table : tables) {
            Map<String, String> golden = Golden.read("questions-" + table.replace(".tsv", "")).rows();
            for (QuestionTableTest.Row r : QuestionTableTest.rows(table)) {
                String was = QuestionTableTest.answerIn(golden.get(r.lang() + " " + r.question()));
                Answer a = engine.ask(r.question());
                String now = a.answered() ? engine.canonical(a.best().fact()).id() : "NONE";
                if (!was.equals(now)) {
                    changed.add(table + ": " + r.question() + ": " + was + " → " + now);
                }
            }
        }
        List<String> args = new ArrayList<>(List.of("compare", TestFacts.DIR.toString(), with.toString()));
        tables.forEach(t -> args.add("src/test/resources/questions/" + t));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, new Cli(Map.of(), InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err).run(args.toArray(String[]::new)));
        List<String> listed = out.toString(StandardCharsets.UTF_8).lines().toList();
        System.out.println("the curator's trial source changes " + listed.get(listed.size() - 1) + ": " + changed);
        assertFalse(changed.isEmpty(), "the trial source changes no row: it was not added, or the tables ask nothing it answers");
        assertEquals(listed.subList(0, listed.size() - 1), changed);
    }

    /** The tables that have a golden file, in name order. */
    private static List<String> goldenTables() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/golden"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("questions-")).sorted()
                    .map(n -> n.substring("questions-".length(), n.length() - ".golden".length()) + ".tsv").toList();
        }
    }
}
