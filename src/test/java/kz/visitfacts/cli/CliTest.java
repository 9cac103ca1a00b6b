package kz.visitfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kz.visitfacts.TestFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        // The seed, whose answers the tests pin: the bundled facts/ may hold a curator's sources too.
        return run(Map.of("VISIT_FACTS_DIR", TestFacts.DIR.toString()), stdin, args);
    }

    private int run(Map<String, String> env, String stdin, String... args) {
        Cli cli = new Cli(env, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return cli.run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void askJsonGivesOneLinePerQuestionWithVerbatimSource() throws IOException {
        assertEquals(0, run("", "ask", "--json", "中哈两国2024年的贸易额有多少？", "Tell me a joke"));
        List<String> lines = out().lines().toList();
        assertEquals(2, lines.size());
        JsonNode answered = new ObjectMapper().readTree(lines.get(0));
        assertEquals("中哈两国2024年的贸易额有多少？", answered.get("query").asText());
        assertEquals("zh", answered.get("lang").asText());
        assertTrue(answered.get("answered").asBoolean());
        JsonNode top = answered.get("results").get(0);
        assertEquals("trade-2024", top.get("id").asText());
        assertEquals("440亿美元", top.get("figure").asText());
        String article = TestFacts.base().sources().get(0).text();
        assertTrue(article.contains(top.get("paragraph").asText()));
        assertTrue(top.get("paragraph").asText().contains(top.get("quote").asText()));
        assertTrue(top.get("quote").asText().contains(top.get("figure").asText()));
        assertEquals("2025-09-03", top.get("source").get("date").asText());
        assertEquals("木合塔尔·木拉提", top.get("source").get("compiler").asText());
        assertTrue(top.get("score").isNumber());

        JsonNode refused = new ObjectMapper().readTree(lines.get(1));
        assertFalse(refused.get("answered").asBoolean());
        assertEquals(0, refused.get("results").size());
        assertEquals("en", refused.get("lang").asText());
    }

    @Test
    void askReadsOneQuestionPerLineOfStandardInput() {
        assertEquals(0, run("85%\n\n1000万吨\n", "ask", "--json", "--lang", "ru"));
        List<String> lines = out().lines().toList();
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).contains("\"lang\":\"ru\""));
        assertTrue(lines.get(1).contains("\"figure\":\"1000万吨\""));
    }

    @Test
    void askAnswersLatinKazakhInLatinKazakh() {
        assertEquals(0, run("", "ask", "--json", "Sammitte neşe qūjatqa qol qoiyldy?"));
        assertTrue(out().contains("\"lang\":\"kk-Latn\""), out());
        assertEquals(0, run("", "ask", "--lang", "kk-Latn", "How many documents were signed at the summit?"));
        assertTrue(out().contains("20 qūjatqa qol qoiyldy"), out());
    }

    @Test
    void askCutsALineOfTenMegabytesAndSaysSo() {
        assertEquals(0, run("多少".repeat(5_000_000) + "\n85%\n", "ask", "--json", "--lang", "ru"));
        assertEquals(2, out().lines().count());
        assertTrue(err().contains("ask: line 1 has 10000000 characters; only the first 4096 are asked"), err());
    }

    @Test
    void askPrintsAnAnswerAPersonCanRead() {
        assertEquals(0, run("", "ask", "How many documents were signed at the summit?"));
        String text = out();
        assertTrue(text.startsWith("20份文件\n20 documents were signed"), text);
        assertTrue(text.contains("compiled by 木合塔尔·木拉提"));
    }

    @Test
    void usageMistakesExitTwoWithOneLineAndWhereHelpIsOnStandardError() {
        assertEquals(2, run("", "ask", "--lang", "fr", "trade"));
        assertEquals("visit-facts-bot: Invalid value for option '--lang': \"fr\" is not one of zh, zh-Hant, en, ru, kk, kk-Latn\n"
                + "usage: visit-facts-bot ask --help\n", err());
        assertEquals("", out());
        for (String[] args : List.of(new String[] {"frobnicate"}, new String[] {"eval"}, new String[] {"bench", "--passes", "x", "f.jsonl"},
                new String[] {"bench", "--passes", "0", "src/test/resources/eval/dev-questions.jsonl"},
                new String[] {"eval", "no-such-file.jsonl"}, new String[] {"run", "--webhok"}, new String[] {"validate", "a", "b"},
                new String[] {"ask", "--json", "--explain", "trade"}, new String[] {"chat", "extra"})) {
            err.reset();
            assertEquals(2, run("", args), String.join(" ", args) + ": " + err());
            assertTrue(err().startsWith("visit-facts-bot: "), err());
            assertEquals(2, err().lines().count(), err());
            assertFalse(err().contains("Exception"), err());
        }
    }

    /** Every command, hidden ones aside, as the top-level help lists them. */
    private static final List<String> COMMANDS = List.of("chat", "ask", "run", "validate", "draft", "compare", "eval", "bench",
            "unanswered", "help");

    @Test
    void everyCommandAnswersHelpWithItsUsageAndExitZero() {
        assertEquals(0, run("", "--help"));
        for (String c : COMMANDS) {
            assertTrue(out().contains("\n  " + c + " "), "the top-level help does not list " + c + ":\n" + out());
        }
        assertFalse(out().contains("cds-training"), out());
        for (String c : COMMANDS) {
            out.reset();
            assertEquals(0, run("", c, "--help"), c + ": " + err());
            assertTrue(out().contains("Usage: visit-facts-bot " + c + " "), c + ": " + out());
        }
        assertEquals("", err());
    }

    @Test
    void versionIsTheMavenProjectVersion() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<artifactId>visit-facts-bot</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        assertTrue(m.find());
        assertEquals(0, run("", "--version"));
        assertEquals("visit-facts-bot " + m.group(1) + "\n", out());
        assertEquals(m.group(1), Version.current());
        out.reset();
        assertEquals(0, run("", "ask", "--version"));
        assertEquals("visit-facts-bot " + m.group(1) + "\n", out());
    }

    @Test
    void theBuildsAnalysisOfTheFactsPrintsNothingWhenItWorks(@TempDir Path tmp) {
        // It runs in every build, which prints nothing but errors.
        assertEquals(0, run("", "analyse-facts", "facts", tmp.resolve("index/facts.analysed").toString()));
        assertEquals("", out() + err());
        assertTrue(Files.isRegularFile(tmp.resolve("index/facts.analysed")));
    }

    @Test
    void aRuntimeFailureExitsOneWithItsReasonOnStandardError(@TempDir Path tmp) {
        assertEquals(1, run(Map.of("VISIT_FACTS_DIR", tmp.toString()), "", "ask", "trade"));
        assertTrue(err().startsWith("visit-facts-bot: invalid fact base: "), err());
        assertEquals("", out());
    }

    @Test
    void chatAnswersUntilQuit() {
        assertEquals(0, run("中哈贸易额\nTell me a joke\nquit\nnot read\n", "chat"));
        String text = out();
        assertTrue(text.contains("440亿美元"));
        assertTrue(text.contains("The source has nothing that reliably answers that."));
        assertFalse(text.contains("not read"));
    }

    @Test
    void validateAcceptsTheRealBaseAndRefusesABrokenOne(@TempDir Path tmp) throws IOException {
        assertEquals(0, run(Map.of(), "", "validate", "facts"));
        assertTrue(out().contains("valid: " + TestFacts.real().sources().size() + " source(s), " + TestFacts.real().facts().size() + " facts"),
                out());

        Path broken = TestFacts.copyTo(tmp.resolve("facts"));
        Path file = broken.resolve("2025-09-03-tokayev-state-visit-china.facts.json");
        Files.writeString(file, Files.readString(file).replace("\"figure\": \"440亿美元\"", "\"figure\": \"450亿美元\""));
        assertEquals(1, run(Map.of(), "", "validate", broken.toString()));
        assertTrue(err().contains("facts/2025-09-03-tokayev-state-visit-china.facts.json: fact \"trade-2024\": figure \"450亿美元\" is not in its quote"), err());
    }

    @Test
    void validateRefusesAValueThatIsNotItsFiguresNumber(@TempDir Path tmp) throws IOException {
        Path broken = TestFacts.copyTo(tmp.resolve("facts"));
        Path file = broken.resolve("2025-09-03-tokayev-state-visit-china.facts.json");
        Files.writeString(file, Files.readString(file).replace("\"number\": 44000000000", "\"number\": 4400000000"));
        assertEquals(1, run(Map.of(), "", "validate", broken.toString()));
        assertTrue(err().contains("fact \"trade-2024\": value 4400000000 is not the number in its figure \"440亿美元\""), err());
    }

    @Test
    void evalMeetsTheBarOnTheDevSample() throws IOException, UsageException {
        List<Evaluation.Question> questions = Evaluation.read(Path.of("src/test/resources/eval/dev-questions.jsonl"));
        Evaluation.Report r = Evaluation.run(TestFacts.engine(), questions);
        assertTrue(r.overall().share() >= 0.95, r.overall().toString());
        r.byLanguage().forEach((lang, t) -> assertTrue(t.share() >= 0.90, lang + " " + t));
        assertEquals(1.0, r.byKind().get("negative").share());
    }

    @Test
    void evalPrintsMissesAndTalliesWithTheOverallLast(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("q.jsonl");
        Files.writeString(file, """
                {"id": "a", "lang": "zh", "kind": "direct", "q": "中哈两国2024年的贸易额有多少？", "expect": ["440亿"], "field": "figure"}
                {"id": "b", "lang": "en", "kind": "direct", "q": "China Kazakhstan trade volume 2024", "expect": ["999亿"], "field": "figure"}
                {"id": "c", "lang": "en", "kind": "negative", "q": "Tell me a joke", "expect": null, "field": "figure"}
                """);
        assertEquals(0, run("", "eval", file.toString()));
        List<String> lines = out().lines().toList();
        assertTrue(lines.get(0).startsWith("miss b [en/direct]"), lines.get(0));
        assertTrue(lines.contains("language en: 1/2 (50.0%)"), lines.toString());
        assertEquals("overall: 2/3 (66.7%)", lines.get(lines.size() - 1));
    }

    @Test
    void benchPrintsItsFigures() {
        assertEquals(0, run("", "bench", "--passes", "2", "--scale", "3", "src/test/resources/eval/dev-questions.jsonl"));
        String text = out();
        assertTrue(text.contains("facts: " + TestFacts.base().facts().size() * 3 + " indexed"), text);
        assertTrue(text.matches("(?s).*per query: p50 [0-9.]+ µs, p90 [0-9.]+ µs, p99 [0-9.]+ µs.*"), text);
    }

    @Test
    void unansweredSummarisesTheLogMostFrequentFirst(@TempDir Path tmp) throws IOException {
        Path log = tmp.resolve("unanswered.jsonl");
        Files.writeString(log, """
                {"time":"2025-09-04T10:00:00Z","lang":"en","question":"Tell me a joke"}
                {"time":"2025-09-04T10:01:00Z","lang":"zh","question":"日本首相是谁？"}
                {"time":"2025-09-04T10:02:00Z","lang":"en","question":"tell me  a joke"}
                not json
                {"time":"2025-09-04T10:03:00Z","lang":"ru","question":"Tell me a joke"}
                """);
        assertEquals(0, run("", "unanswered", log.toString()));
        List<String> lines = out().lines().toList();
        assertEquals("    3  en,ru        Tell me a joke", lines.get(0));
        assertEquals("    1  zh           日本首相是谁？", lines.get(1));
        assertEquals("4 unanswered question(s), 2 distinct, 1 unreadable line(s) skipped", lines.get(2));
        assertEquals(2, run("", "unanswered", tmp.resolve("missing.jsonl").toString()));
    }
}
