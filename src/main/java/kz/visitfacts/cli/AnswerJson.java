package kz.visitfacts.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import kz.visitfacts.answer.Answer;
import kz.visitfacts.answer.AnswerEngine;
import kz.visitfacts.answer.AnswerItem;
import kz.visitfacts.facts.Fact;

/**
 * One answer as one JSON line: figure, quote and paragraph verbatim from the source; for the best, the other
 * sources that give the same figure ({@code alsoReportedBy}) and the other figures sources give for the same thing
 * ({@code otherFigures}), as a reader of the text reply sees them.
 */
final class AnswerJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AnswerJson() {
    }

    static String line(AnswerEngine engine, Answer answer) {
        ObjectNode root = JSON.createObjectNode();
        root.put("query", answer.query());
        root.put("lang", answer.language().code());
        root.put("answered", answer.answered());
        ArrayNode results = root.putArray("results");
        boolean first = true;
        for (AnswerItem item : answer.results()) {
            Fact f = item.fact();
            ObjectNode r = results.addObject();
            r.put("id", f.id());
            r.put("figure", f.figure());
            r.put("quote", f.quote());
            r.put("paragraph", f.paragraph().text());
            r.put("statement", item.statement());
            r.put("score", Math.round(item.score() * 1000) / 1000.0);
            source(r.putObject("source"), f, answer);
            if (first) {
                ArrayNode also = r.putArray("alsoReportedBy");
                engine.alsoReportedBy(f).forEach(same -> fact(also.addObject(), same, answer));
                ArrayNode others = r.putArray("otherFigures");
                engine.differingReports(answer).forEach(other -> fact(others.addObject(), other, answer));
                first = false;
            }
        }
        if (!answer.answered()) {
            // What a refusal suggests instead: the facts nearest the question, by id, label and figure.
            ArrayNode suggestions = root.putArray("suggestions");
            for (Fact f : answer.suggestions()) {
                suggestions.addObject().put("id", f.id()).put("label", AnswerEngine.label(f, answer.language())).put("figure", f.figure());
            }
        }
        answer.related().ifPresent(item -> fact(root.putObject("related"), item.fact(), answer));
        // A follow-up names the fact it was read as following, so a wrong carry-over is visible.
        answer.followedUp().ifPresent(f -> root.putObject("followedUp").put("id", f.id())
                .put("label", AnswerEngine.label(f, answer.language())));
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Another source's report: its fact, figure, statement in the reader's language and source. */
    private static void fact(ObjectNode node, Fact f, Answer answer) {
        node.put("id", f.id());
        node.put("figure", f.figure());
        node.put("quote", f.quote());
        node.put("statement", AnswerEngine.statement(f, answer.language()));
        source(node.putObject("source"), f, answer);
    }

    private static void source(ObjectNode node, Fact f, Answer answer) {
        node.put("id", f.source().id());
        node.put("title", AnswerEngine.title(f.source(), answer.language()));
        node.put("date", f.source().date().toString());
        node.put("compiler", f.source().compiler());
        node.put("section", f.section().heading());
    }
}
