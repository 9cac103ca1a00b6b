package kz.visitfacts.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.visitfacts.answer.Answer;
import kz.visitfacts.answer.AnswerEngine;
import kz.visitfacts.match.Context;

/**
 * Answer quality on a file of conversations (one JSON object a line: {@code id}, {@code lang}, {@code turns} of
 * {@code q}, {@code expect}, {@code field}): each conversation asked turn by turn with its context, the first turns
 * and the follow-ups scored apart, beside each turn asked alone.
 */
final class ConversationEvaluation {
    /** One conversation: its turns, as questions. */
    record Conversation(String id, List<Evaluation.Question> turns) {
    }

    private ConversationEvaluation() {
    }

    /** Whether a question file holds conversations: its first object has "turns". */
    static boolean isConversations(Path file) throws IOException {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                try {
                    return new ObjectMapper().readTree(line).has("turns");
                } catch (IOException e) {
                    return false;
                }
            }
        }
        return false;
    }

    static List<Conversation> read(Path file) throws IOException, UsageException {
        ObjectMapper json = new ObjectMapper();
        List<Conversation> conversations = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            JsonNode n;
            try {
                n = json.readTree(lines.get(i));
            } catch (IOException e) {
                throw new UsageException(file + ":" + (i + 1) + ": not a JSON object");
            }
            if (n == null || !n.path("turns").isArray() || n.get("turns").isEmpty()) {
                throw new UsageException(file + ":" + (i + 1) + ": needs a \"turns\" array");
            }
            String id = n.path("id").asText("line " + (i + 1));
            List<Evaluation.Question> turns = new ArrayList<>();
            int k = 0;
            for (JsonNode t : n.get("turns")) {
                if (!t.path("q").isTextual()) {
                    throw new UsageException(file + ":" + (i + 1) + ": turn " + (k + 1) + " needs a \"q\" string");
                }
                List<String> expect = null;
                if (t.path("expect").isArray()) {
                    expect = new ArrayList<>();
                    for (JsonNode e : t.get("expect")) {
                        expect.add(e.asText());
                    }
                }
                turns.add(new Evaluation.Question(id + "#" + (++k), n.path("lang").asText("?"), k == 1 ? "first" : "follow-up",
                        t.get("q").asText(), expect, "quote".equals(t.path("field").asText())));
            }
            conversations.add(new Conversation(id, turns));
        }
        return conversations;
    }

    /** Asks every conversation turn by turn, prints the misses, then the scores per kind of turn. */
    static void run(AnswerEngine engine, List<Conversation> conversations, PrintStream out) {
        Evaluation.Tally first = new Evaluation.Tally(0, 0);
        Evaluation.Tally firstAlone = new Evaluation.Tally(0, 0);
        Evaluation.Tally answerable = new Evaluation.Tally(0, 0);
        Evaluation.Tally answerableAlone = new Evaluation.Tally(0, 0);
        Evaluation.Tally unanswerable = new Evaluation.Tally(0, 0);
        Evaluation.Tally unanswerableAlone = new Evaluation.Tally(0, 0);
        int wrong = 0;
        int wrongAlone = 0;
        for (Conversation c : conversations) {
            Context context = null;
            for (int i = 0; i < c.turns().size(); i++) {
                Evaluation.Question q = c.turns().get(i);
                AnswerEngine.Turn turn = engine.ask(q.text(), Optional.empty(), Optional.empty(), AnswerEngine.MAX_RESULTS, context);
                context = turn.context();
                Answer a = turn.answer();
                boolean passed = Evaluation.passes(engine, q, a);
                boolean passedAlone = Evaluation.passes(engine, q, engine.ask(q.text()));
                wrong += a.answered() && !passed ? 1 : 0;
                wrongAlone += engine.ask(q.text()).answered() && !passedAlone ? 1 : 0;
                if (!passed) {
                    out.println("miss " + q.id() + " [" + q.lang() + "] " + q.text() + " — expected "
                            + (q.expect() == null ? "NONE" : q.expect()) + ", got "
                            + (a.answered() ? a.best().fact().figure() : "NONE")
                            + a.followedUp().map(f -> " (read as a follow-up to " + f.id() + ")").orElse(""));
                }
                if (i == 0) {
                    first = first.plus(passed);
                    firstAlone = firstAlone.plus(passedAlone);
                } else if (q.expect() != null) {
                    answerable = answerable.plus(passed);
                    answerableAlone = answerableAlone.plus(passedAlone);
                } else {
                    unanswerable = unanswerable.plus(passed);
                    unanswerableAlone = unanswerableAlone.plus(passedAlone);
                }
            }
        }
        out.println("first turns: " + first + " (each asked alone: " + firstAlone + ")");
        out.println("answerable follow-ups: " + answerable + " (asked alone: " + answerableAlone + ")");
        out.println("unanswerable follow-ups refused: " + unanswerable + " (asked alone: " + unanswerableAlone + ")");
        out.println("turns answered with another figure: " + wrong + " (asked alone: " + wrongAlone + ")");
        int passed = first.passed() + answerable.passed() + unanswerable.passed();
        out.println("overall: " + new Evaluation.Tally(passed, first.total() + answerable.total() + unanswerable.total()));
    }
}
