package kz.visitfacts.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.visitfacts.TestFacts;
import kz.visitfacts.facts.Fact;
import kz.visitfacts.facts.FactBase;
import kz.visitfacts.facts.FactBaseLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A curator's articles added as data, one folder per case (the articles, their facts files, a table of
 * questions written before they were first loaded): second-source-en (English), second-source-ru-kk (Russian
 * and Kazakh), curator-trial (a curator's English article on farm trade, a solar plant, scholarships and flights,
 * made with {@code draft}: issue 16's trial of a second source). They validate, their questions are answered, and no right answer of the first source turns
 * into another fact — where two sources report a figure, the answer names both.
 */
class AddedSourceTest {
    private static final List<String> CASES = List.of("second-source-en", "second-source-ru-kk", "curator-trial");
    private static final java.util.Map<String, AnswerEngine> ENGINES = new java.util.HashMap<>();

    @TempDir
    static Path tmp;

    private static AnswerEngine both;

    @BeforeAll
    static void load() throws IOException {
        for (String c : CASES) {
            ENGINES.put(c, engineWith(c));
        }
        both = ENGINES.get("second-source-en");
    }

    private static AnswerEngine engineWith(String folder) throws IOException {
        FactBase base = TestFacts.baseWith(tmp.resolve(folder).resolve("facts"), folder);
        List<String> ids = base.sources().stream().map(kz.visitfacts.facts.Source::id).toList();
        try (java.util.stream.Stream<Path> files = Files.list(Path.of("src/test/resources", folder))) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".facts.json"))
                    .forEach(n -> assertTrue(ids.contains(n.replace(".facts.json", "")), n + " not loaded: " + ids));
        }
        return new AnswerEngine(base);
    }

    /** The answer as a table names it (see {@link QuestionTableTest#answeredAs}). */
    private static String got(AnswerEngine engine, String question, List<String> expected) {
        return QuestionTableTest.answeredAs(engine, engine.ask(question), expected);
    }

    /**
     * Each source's own table: none answered wrongly, and at least as many right as measured when it was first
     * loaded (curator-trial: 28 right and 3 wrong before issue 16's changes for a second source, 30 right and none
     * wrong after; its refusals are close calls between two of its figures, or its figure and the seed's).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"second-source-en, 20", "second-source-ru-kk, 10", "curator-trial, 30"})
    void questionsAboutTheNewSourceAreAnsweredAndNoneWrongly(String folder, int floor) throws IOException {
        AnswerEngine engine = ENGINES.get(folder);
        int right = 0;
        List<String> wrong = new ArrayList<>();
        List<String> rows = Files.readAllLines(Path.of("src/test/resources", folder, "questions.tsv"), StandardCharsets.UTF_8);
        int total = 0;
        for (String line : rows) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            total++;
            String[] cols = line.split("\t");
            List<String> expected = List.of(cols[2].split("\\|"));
            String got = got(engine, cols[1], expected);
            if (expected.contains(got)) {
                right++;
            } else if (!got.equals("NONE")) {
                wrong.add(cols[1] + " → " + got);
            } else {
                System.out.println(folder + ": refused: " + cols[1]);
            }
        }
        System.out.println(folder + ": " + right + " of " + total + " questions right, " + wrong.size() + " wrong");
        assertEquals(List.of(), wrong);
        assertTrue(right >= floor, right + " of " + total);
    }

    /**
     * No question of the first source's tables that was answered right is answered with another fact once the
     * English source is there. (Some rows do change, and are printed: a right answer may turn into a refusal when
     * the new facts crowd it, and a question the first source could not answer may find one of the new facts —
     * rightly or not: "how many Chinese tourists came" finds the new source's growth of 45%.)
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"second-source-en", "second-source-ru-kk", "curator-trial"})
    void noRightAnswerOfTheFirstSourceTurnsIntoAnotherFact(String folder) throws IOException {
        AnswerEngine engine = ENGINES.get(folder);
        List<String> changed = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        for (String table : List.of("every-fact.tsv", "paraphrases.tsv", "paraphrases-2.tsv", "figures.tsv", "fresh-issue7c.tsv")) {
            for (QuestionTableTest.Row r : QuestionTableTest.rows(table)) {
                List<String> expected = List.of(r.expected().split("\\|"));
                String alone = got(TestFacts.engine(), r.question(), expected);
                String withEnglish = got(engine, r.question(), expected);
                if (!alone.equals(withEnglish)) {
                    changed.add(table + ": " + r.question() + ": " + alone + " → " + withEnglish);
                    if (expected.contains(alone) && !alone.equals("NONE") && !withEnglish.equals("NONE")) {
                        broken.add(table + ": " + r.question() + ": " + alone + " → " + withEnglish);
                    }
                }
            }
        }
        System.out.println("first source's rows changed by " + folder + ": " + changed);
        assertEquals(List.of(), broken);
    }

    /**
     * Questions across all the sources at once, with both test sources added: added-sources.tsv (the seed article's
     * figures that a new source reports too or crowds, and the new ones), amounts-and-ratios.tsv ("how many
     * tourists" against their growth of 45%) and where-questions.tsv. Their wrong answers are printed; each floor
     * is what was measured.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"added-sources.tsv, 34, 0", "amounts-and-ratios.tsv, 27, 1", "where-questions.tsv, 19, 1", "counted-things.tsv, 14, 0"})
    void questionsAcrossEverySourceAreAnsweredWithFewWrong(String table, int floor, int mostWrong) throws IOException {
        AnswerEngine engine = everySource();
        int right = 0;
        List<String> wrong = new ArrayList<>();
        List<QuestionTableTest.Row> rows = QuestionTableTest.rows(Path.of("src/test/resources", table));
        for (QuestionTableTest.Row r : rows) {
            List<String> expected = List.of(r.expected().split("\\|"));
            String got = got(engine, r.question(), expected);
            if (expected.contains(got)) {
                right++;
            } else if (!got.equals("NONE")) {
                wrong.add(r.question() + " → " + got);
            }
        }
        System.out.println(table + " with every source: " + right + " of " + rows.size() + " right; wrong: " + wrong);
        assertTrue(right >= floor && wrong.size() <= mostWrong, right + " right, wrong: " + wrong);
    }

    private static AnswerEngine everySource;

    private static synchronized AnswerEngine everySource() {
        if (everySource == null) {
            everySource = new AnswerEngine(TestFacts.baseWithAddedSources(tmp.resolve("every-source").resolve("facts")));
        }
        return everySource;
    }

    /**
     * A report of another number of council attendees against the seed article's 500余名: a Chinese one of about
     * 600 (its counter 名 says it counts people) and an English one of about 450 (the words after its number say
     * so). Asked in any language, the question is answered (not refused as too close to call) and the other
     * source's figure is shown beside the answer. Without an added report, no answer of any table shows another
     * figure: two facts that only share a topic (the 70 agreements, the 500 attendees) are never taken for two
     * reports of one thing, nor is a narrower thing of the same unit (the curator's trial: farm trade against all
     * trade in 2024, a solar plant's investment against all Chinese investment).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"disagreeing-source, 约600名, 2025-09-06", "disagreeing-source-en, about 450, 2025-09-07"})
    void twoSourcesThatDisagreeAreShownSideBySide(String folder, String otherFigure, String otherDate) throws IOException {
        Path dir = TestFacts.copyTo(tmp.resolve(folder).resolve("facts"));
        TestFacts.addSources(dir, folder);
        AnswerEngine engine = new AnswerEngine(new FactBaseLoader().load(dir));
        for (String q : List.of("How many business representatives attended the business council?", "企业家委员会有多少人参加",
                "Сколько представителей бизнеса участвовало в деловом совете?")) {
            Answer a = engine.ask(q);
            assertTrue(a.answered(), q);
            List<String> figures = new ArrayList<>();
            figures.add(a.best().fact().figure());
            engine.differingReports(a).forEach(f -> figures.add(f.figure()));
            assertEquals(java.util.Set.of("500余名", otherFigure), java.util.Set.copyOf(figures), q);
            // What `ask` prints shows both, the other with its own source.
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            new kz.visitfacts.cli.Cli(java.util.Map.of("VISIT_FACTS_DIR", dir.toString()), java.io.InputStream.nullInputStream(),
                    new java.io.PrintStream(out, true, StandardCharsets.UTF_8), System.err).run("ask", q);
            String text = out.toString(StandardCharsets.UTF_8);
            assertTrue(text.contains("500余名") && text.contains(otherFigure) && text.contains(otherDate), text);
        }
        for (AnswerEngine without : CASES.stream().map(ENGINES::get).toList()) {
            for (String table : List.of("every-fact.tsv", "paraphrases.tsv", "paraphrases-2.tsv", "fresh-issue7c.tsv")) {
                for (QuestionTableTest.Row r : QuestionTableTest.rows(table)) {
                    assertEquals(List.of(), without.differingReports(without.ask(r.question())), r.question());
                }
            }
        }
    }

    /**
     * With the English source too, two sources give 500 attendees and one about 600: the answer leads with the
     * figure two sources give, in any language, and shows the other beside it. (Alone against the seed article,
     * the Chinese report of 600 fits these questions better and leads.)
     */
    @Test
    void whenSourcesDisagreeTheFigureMoreSourcesGiveLeads() {
        AnswerEngine three = new AnswerEngine(TestFacts.baseWith(tmp.resolve("three").resolve("facts"),
                "second-source-en", "disagreeing-source"));
        for (String q : List.of("企业家委员会会议有多少人参加？", "有多少商界代表参会", "How many business representatives attended the business council?",
                "Сколько представителей бизнеса участвовало в деловом совете?")) {
            Answer a = three.ask(q);
            assertTrue(a.answered(), q);
            assertTrue(List.of("500余名", "More than 500").contains(a.best().fact().figure()), q + " → " + a.best().fact().figure());
            assertEquals(List.of("约600名"), three.differingReports(a).stream().map(Fact::figure).toList(), q);
        }
    }

    /** `ask --json` carries what the text reply shows: the sources that back the figure and the other figures. */
    @Test
    void askJsonListsTheBackingSourcesAndTheOtherFigures() throws IOException {
        Path dir = TestFacts.copyTo(tmp.resolve("json").resolve("facts"));
        TestFacts.addSources(dir, "second-source-en");
        TestFacts.addSources(dir, "disagreeing-source");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int code = new kz.visitfacts.cli.Cli(java.util.Map.of("VISIT_FACTS_DIR", dir.toString()), java.io.InputStream.nullInputStream(),
                new java.io.PrintStream(out, true, StandardCharsets.UTF_8), System.err).run("ask", "--json", "企业家委员会会议有多少人参加？");
        assertEquals(0, code);
        com.fasterxml.jackson.databind.JsonNode best = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.toString(StandardCharsets.UTF_8)).get("results").get(0);
        assertEquals("500余名", best.get("figure").asText());
        assertEquals("test-english-business-council", best.get("alsoReportedBy").get(0).get("source").get("id").asText());
        assertEquals("More than 500", best.get("alsoReportedBy").get(0).get("figure").asText());
        assertEquals(1, best.get("otherFigures").size());
        assertEquals("约600名", best.get("otherFigures").get(0).get("figure").asText());
        assertEquals("2025-09-06", best.get("otherFigures").get(0).get("source").get("date").asText());
    }

    @Test
    void aFigureBothSourcesGiveIsAnsweredOnceWithBothNamed() {
        Answer a = both.ask("How much were the business agreements signed in Beijing worth?");
        assertTrue(a.answered());
        List<String> sources = new ArrayList<>();
        sources.add(a.best().fact().source().id());
        both.alsoReportedBy(a.best().fact()).forEach(f -> sources.add(f.source().id()));
        assertTrue(sources.containsAll(List.of("2025-09-03-tokayev-state-visit-china", "test-english-business-council")),
                sources.toString());
        // Asked in English, the English report is shown, its own words quoted.
        assertEquals("en", a.best().fact().source().language());
    }
}
