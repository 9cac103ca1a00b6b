package kz.visitfacts.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kz.visitfacts.TestFacts;
import kz.visitfacts.facts.Fact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * questions/every-fact.tsv: at least one question per fact in zh, en and ru, plus Kazakh, traditional
 * Chinese and out-of-scope rows, each with the fact it must find or NONE.
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

    @Test
    void noQuestionIsAnsweredWithAnotherFactsFigure() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Row r : rows()) {
            Answer a = TestFacts.engine().ask(r.question());
            if (a.answered() && !r.expected().equals("NONE") && !a.best().fact().id().equals(r.expected())
                    && !a.best().fact().figure().equals(TestFacts.base().fact(r.expected()).orElseThrow().figure())) {
                wrong.add(r.question() + " → " + a.best().fact().id() + " (expected " + r.expected() + ")");
            }
        }
        // A wrong figure is the worst failure: at most one row in a hundred may get one.
        assertTrue(wrong.size() * 100 <= rows().size(), String.join("\n", wrong));
    }

    @Test
    void atLeastNinetySevenPercentOfTheTableIsAnsweredRight() throws IOException {
        List<Row> rows = rows();
        List<String> misses = new ArrayList<>();
        Set<String> languages = new TreeSet<>();
        for (Row r : rows) {
            languages.add(r.lang());
            Answer a = TestFacts.engine().ask(r.question());
            String got = a.answered() ? a.best().fact().id() : "NONE";
            if (!got.equals(r.expected())) {
                misses.add(r.lang() + " " + r.question() + " → " + got + " (expected " + r.expected() + ")");
            }
        }
        assertTrue(misses.size() * 100 <= rows.size() * 3, misses.size() + " misses of " + rows.size() + ":\n" + String.join("\n", misses));
        assertEquals(Set.of("zh", "zh-Hant", "en", "ru", "kk"), languages);
    }

    @ParameterizedTest
    @ValueSource(strings = {"paraphrases.tsv", "paraphrases-2.tsv", "keywords.tsv", "figures.tsv", "kazakh.tsv", "traditional.tsv", "russian-english.tsv"})
    void paraphrasedQuestionsAreMostlyAnswered(String file) throws IOException {
        List<Row> rows = rows(file);
        int right = 0;
        List<String> misses = new ArrayList<>();
        for (Row r : rows) {
            Answer a = TestFacts.engine().ask(r.question());
            String got = a.answered() ? a.best().fact().id() : "NONE";
            if (got.equals(r.expected())) {
                right++;
            } else {
                misses.add(r.lang() + " " + r.question() + " → " + got + " (expected " + r.expected() + ")");
            }
        }
        assertTrue(right * 100 >= rows.size() * 88, right + "/" + rows.size() + ":\n" + String.join("\n", misses));
    }
}
