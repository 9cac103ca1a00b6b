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
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/questions", file), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] cols = line.split("\t");
                rows.add(new Row(cols[0], cols[1], cols[2]));
            }
        }
        return rows;
    }

    @Test
    void tableAsksAboutEveryFactInChineseEnglishAndRussian() throws IOException {
        List<Row> rows = rows();
        for (Fact f : TestFacts.base().facts()) {
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

    /** Every row of every table against its golden file: any flipped row fails, with the rows that changed. */
    @ParameterizedTest
    @ValueSource(strings = {"every-fact.tsv", "paraphrases.tsv", "paraphrases-2.tsv", "keywords.tsv", "figures.tsv",
        "kazakh.tsv", "traditional.tsv", "russian-english.tsv", "fresh-issue7.tsv", "fresh-issue7b.tsv", "fresh-issue7c.tsv"})
    void everyRowAnswersAsItsGoldenFileSays(String file) throws IOException {
        Map<String, String> outcomes = new LinkedHashMap<>();
        int right = 0;
        int wrong = 0;
        for (Row r : rows(file)) {
            Answer a = TestFacts.engine().ask(r.question());
            String got = a.answered() ? a.best().fact().id() : "NONE";
            List<String> expected = List.of(r.expected().split("\\|"));
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

    @Test
    void everyAlternateQuestionOfAFactIsAnsweredByIt() {
        List<String> misses = new ArrayList<>();
        for (Fact f : TestFacts.base().facts()) {
            for (String q : f.allQuestions()) {
                Answer a = TestFacts.engine().ask(q);
                if (!a.answered() || !a.best().fact().id().equals(f.id())) {
                    misses.add(f.id() + ": " + q + " → " + (a.answered() ? a.best().fact().id() : "NONE"));
                }
            }
        }
        assertEquals(List.of(), misses);
    }
}
