package kz.visitfacts.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kz.visitfacts.answer.Answer;
import kz.visitfacts.answer.AnswerEngine;

/**
 * Answer quality on a question file: a question counts when one of its expected strings stands in the top
 * result's figure (or figure and quote, where its field is "quote"), or, with no expectation, when nothing is answered.
 */
final class Evaluation {
    /** One line of a question file. */
    record Question(String id, String lang, String kind, String text, List<String> expect, boolean quoteCounts) {
    }

    /** How one question went. */
    /** {@code canonical}: the figure as the earliest source gives it, the same whichever source's report was shown. */
    record Outcome(Question question, boolean passed, String got, String canonical) {
    }

    /** Passed and total for one group. */
    record Tally(int passed, int total) {
        double share() {
            return total == 0 ? 1.0 : (double) passed / total;
        }

        Tally plus(boolean pass) {
            return new Tally(passed + (pass ? 1 : 0), total + 1);
        }

        @Override
        public String toString() {
            return String.format("%d/%d (%.1f%%)", passed, total, share() * 100);
        }
    }

    /**
     * All outcomes, and tallies overall, per language and per kind; how many were answered with another figure, and
     * of the answerable questions refused, for how many a suggestion holds the right fact.
     */
    record Report(List<Outcome> outcomes, Tally overall, Map<String, Tally> byLanguage, Map<String, Tally> byKind,
                  int wrong, Tally suggested) {
    }

    private Evaluation() {
    }

    static List<Question> read(Path file) throws IOException, UsageException {
        ObjectMapper json = new ObjectMapper();
        List<Question> questions = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            JsonNode n;
            try {
                n = json.readTree(line);
            } catch (IOException e) {
                throw new UsageException(file + ":" + (i + 1) + ": not a JSON object");
            }
            if (n == null || !n.isObject() || !n.path("q").isTextual()) {
                throw new UsageException(file + ":" + (i + 1) + ": needs a \"q\" string");
            }
            List<String> expect = null;
            if (n.path("expect").isArray()) {
                expect = new ArrayList<>();
                for (JsonNode e : n.get("expect")) {
                    expect.add(e.asText());
                }
            }
            questions.add(new Question(n.path("id").asText("line " + (i + 1)), n.path("lang").asText("?"),
                    n.path("kind").asText("?"), n.get("q").asText(), expect, "quote".equals(n.path("field").asText())));
        }
        return questions;
    }

    private static List<kz.visitfacts.facts.Fact> withCorroborating(AnswerEngine engine, kz.visitfacts.facts.Fact best) {
        List<kz.visitfacts.facts.Fact> all = new ArrayList<>();
        all.add(best);
        all.addAll(engine.alsoReportedBy(best));
        return all;
    }

    /**
     * Whether an answer passes its question: with no expectation, when nothing is answered; else when one of the
     * expected strings stands in the best's figure (or quote, where the field is "quote"), or in those of another
     * source's report of the same figure (named under the answer).
     */
    static boolean passes(AnswerEngine engine, Question q, Answer a) {
        if (q.expect() == null) {
            return !a.answered();
        }
        if (!a.answered()) {
            return false;
        }
        StringBuilder hay = new StringBuilder();
        for (kz.visitfacts.facts.Fact f : withCorroborating(engine, a.best().fact())) {
            hay.append(f.figure()).append('\n').append(q.quoteCounts() ? f.quote() + "\n" : "");
        }
        return q.expect().stream().anyMatch(e -> hay.indexOf(e) >= 0);
    }

    /** Whether a fact's figure (or quote, where the field is "quote") holds one of a question's expected strings. */
    private static boolean holds(Question q, kz.visitfacts.facts.Fact f) {
        return q.expect().stream().anyMatch(e -> f.figure().contains(e) || q.quoteCounts() && f.quote().contains(e));
    }

    static Report run(AnswerEngine engine, List<Question> questions) {
        List<Outcome> outcomes = new ArrayList<>();
        Tally overall = new Tally(0, 0);
        Map<String, Tally> byLanguage = new TreeMap<>();
        Map<String, Tally> byKind = new TreeMap<>();
        int wrong = 0;
        Tally suggested = new Tally(0, 0);
        for (Question q : questions) {
            Answer a = engine.ask(q.text());
            String got = a.answered() ? a.best().fact().figure() : "NONE";
            boolean passed = passes(engine, q, a);
            wrong += a.answered() && !passed ? 1 : 0;
            if (!a.answered() && q.expect() != null) {
                suggested = suggested.plus(a.suggestions().stream().anyMatch(f -> holds(q, f)));
            }
            outcomes.add(new Outcome(q, passed, got, a.answered() ? engine.canonical(a.best().fact()).figure() : got));
            overall = overall.plus(passed);
            byLanguage.merge(q.lang(), new Tally(0, 0).plus(passed), (x, y) -> new Tally(x.passed() + y.passed(), x.total() + y.total()));
            byKind.merge(q.kind(), new Tally(0, 0).plus(passed), (x, y) -> new Tally(x.passed() + y.passed(), x.total() + y.total()));
        }
        return new Report(outcomes, overall, byLanguage, byKind, wrong, suggested);
    }
}
