package kz.visitfacts.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.visitfacts.Golden;
import kz.visitfacts.TestFacts;
import kz.visitfacts.facts.Fact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The question tables (questions/*.tsv: question → the fact it must find, or NONE) against their golden files,
 * and every-fact.tsv's promise: a question per fact in zh, en and ru, every out-of-scope row refused.
 */
class QuestionTableTest {
    record Row(String lang, String question, String expected) {
    }

    static List<Row> rows() throws IOException {
        return rows("every-fact.tsv");
    }

    static List<Row> rows(String file) throws IOException {
        return rows(Path.of("src/test/resources/questions", file));
    }

    static List<Row> rows(Path table) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(table, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] cols = line.split("\t");
                rows.add(new Row(cols[0], cols[1], cols[2]));
            }
        }
        return rows;
    }

    /**
     * The fact a question was answered with, as a table names it: another source's report of the same figure
     * (see {@link AnswerEngine#alsoReportedBy}) counts as the fact it corroborates.
     */
    static String answeredAs(Answer a, List<String> expected) {
        return answeredAs(TestFacts.engine(), a, expected);
    }

    /** As above, for an answer of {@code engine} (a fact base with sources added). */
    static String answeredAs(AnswerEngine engine, Answer a, List<String> expected) {
        if (!a.answered()) {
            return "NONE";
        }
        Fact f = a.best().fact();
        if (expected.contains(f.id())) {
            return f.id();
        }
        for (Fact same : engine.alsoReportedBy(f)) {
            if (expected.contains(same.id())) {
                return same.id();
            }
        }
        return engine.canonical(f).id();
    }

    /** every-fact.tsv asks about every fact of the sources it was written for; a source added later is checked by its own data. */
    @Test
    void tableAsksAboutEveryFactInChineseEnglishAndRussian() throws IOException {
        List<Row> rows = rows();
        java.util.Set<String> covered = new java.util.HashSet<>();
        rows.forEach(r -> TestFacts.base().fact(r.expected()).ifPresent(f -> covered.add(f.source().id())));
        for (Fact f : TestFacts.base().facts()) {
            if (!covered.contains(f.source().id())) {
                continue;
            }
            for (String lang : List.of("zh", "en", "ru")) {
                assertTrue(rows.stream().anyMatch(r -> r.lang().equals(lang) && r.expected().equals(f.id())),
                        "no " + lang + " question for " + f.id());
            }
        }
        for (Row r : rows) {
            assertTrue(r.expected().equals("NONE") || TestFacts.base().fact(r.expected()).isPresent(), r.expected());
        }
    }

    @Test
    void everyOutOfScopeQuestionIsRefused() throws IOException {
        List<String> answered = new ArrayList<>();
        for (Row r : rows()) {
            if (r.expected().equals("NONE")) {
                Answer a = TestFacts.engine().ask(r.question());
                if (a.answered()) {
                    answered.add(r.question() + " → " + a.best().fact().id());
                }
            }
        }
        assertEquals(List.of(), answered);
    }

    /** The fact a golden file's outcome ("right ID", "WRONG ID, expected …", "refused, expected …") names, or NONE. */
    static String answerIn(String outcome) {
        if (outcome.startsWith("refused")) {
            return "NONE";
        }
        String id = outcome.substring(outcome.indexOf(' ') + 1);
        return id.contains(",") ? id.substring(0, id.indexOf(',')) : id;
    }

    /** Every row of every table against its golden file: any flipped row fails, with the rows that changed. */
    @ParameterizedTest
    @ValueSource(strings = {"every-fact.tsv", "paraphrases.tsv", "paraphrases-2.tsv", "keywords.tsv", "figures.tsv",
        "kazakh.tsv", "traditional.tsv", "russian-english.tsv", "fresh-issue7.tsv", "fresh-issue7b.tsv", "fresh-issue7c.tsv",
        "names-beside-unknowns.tsv", "names-beside-other-words.tsv", "kazakh-latin.tsv"})
    void everyRowAnswersAsItsGoldenFileSays(String file) throws IOException {
        Map<String, String> outcomes = new LinkedHashMap<>();
        int right = 0;
        int wrong = 0;
        for (Row r : rows(file)) {
            Answer a = TestFacts.engine().ask(r.question());
            List<String> expected = List.of(r.expected().split("\\|"));
            String got = answeredAs(a, expected);
            String outcome;
            if (expected.contains(got)) {
                right++;
                outcome = "right " + got;
            } else if (got.equals("NONE")) {
                outcome = "refused, expected " + r.expected();
            } else {
                wrong++;
                outcome = "WRONG " + got + ", expected " + r.expected();
            }
            outcomes.put(r.lang() + " " + r.question(), outcome);
        }
        Golden.check("questions-" + file.replace(".tsv", ""), right + " of " + outcomes.size() + " right, " + wrong
                + " answered with a wrong fact", outcomes);
    }

    /**
     * A curator's alternate questions point at their fact, in the real fact base, whatever sources it holds: each ranks it first and is never answered with another
     * fact, and some alternate question of every fact is answered with it. Whether each one is answered is the
     * decision's call (a close sibling may leave it below the threshold).
     */
    @Test
    void everyAlternateQuestionOfAFactRanksItFirstAndNeverAnswersAnother() {
        AnswerEngine real = TestFacts.realEngine();
        List<String> misses = new ArrayList<>();
        for (Fact f : TestFacts.real().facts()) {
            boolean answered = false;
            for (String q : f.allQuestions()) {
                Answer a = real.ask(q);
                String got = answeredAs(real, a, List.of(f.id()));
                answered |= got.equals(f.id());
                List<AnswerItem> ranked = real.browse(q, java.util.Optional.empty(), 1).items();
                String first = ranked.isEmpty() ? "nothing" : ranked.get(0).fact().id();
                if (!got.equals(f.id()) && !got.equals("NONE") || !first.equals(f.id())
                        && !real.alsoReportedBy(f).contains(ranked.get(0).fact())) {
                    misses.add(f.id() + ": " + q + " → answered " + got + ", ranked first " + first);
                }
            }
            if (!answered && !f.allQuestions().isEmpty()) {
                misses.add(f.id() + ": answered by none of its alternate questions");
            }
        }
        assertEquals(List.of(), misses);
    }

    /**
     * Every fact of every source of the real fact base, checked by its own data, no table needed: its statement, in some language it is
     * stated in, finds it; in no language does it find another fact (a close neighbour may make it refuse).
     */
    @Test
    void everyFactIsFoundByItsOwnStatementAndNeverAnotherOne() {
        AnswerEngine real = TestFacts.realEngine();
        List<String> misses = new ArrayList<>();
        for (Fact f : TestFacts.real().facts()) {
            boolean found = false;
            for (Map.Entry<kz.visitfacts.facts.Language, String> e : f.statement().texts().entrySet()) {
                Answer a = real.ask(e.getValue());
                String got = answeredAs(real, a, List.of(f.id()));
                found |= got.equals(f.id());
                if (!got.equals(f.id()) && !got.equals("NONE")) {
                    misses.add(f.id() + " (" + e.getKey().code() + "): " + e.getValue() + " → " + got);
                }
            }
            if (!found) {
                misses.add(f.id() + ": found by none of its statements");
            }
        }
        assertEquals(List.of(), misses);
    }
}
