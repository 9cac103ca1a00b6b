package kz.visitfacts.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import kz.visitfacts.answer.Answer;
import kz.visitfacts.answer.AnswerItem;
import kz.visitfacts.facts.Fact;

/** One answer as one JSON line: figure, quote and paragraph verbatim from the source. */
final class AnswerJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AnswerJson() {
    }

    static String line(Answer answer) {
        ObjectNode root = JSON.createObjectNode();
        root.put("query", answer.query());
        root.put("lang", answer.language().code());
        root.put("answered", answer.answered());
        ArrayNode results = root.putArray("results");
        for (AnswerItem item : answer.results()) {
            Fact f = item.fact();
            ObjectNode r = results.addObject();
            r.put("id", f.id());
            r.put("figure", f.figure());
            r.put("quote", f.quote());
            r.put("paragraph", f.paragraph().text());
            r.put("statement", item.statement());
            r.put("score", Math.round(item.score() * 1000) / 1000.0);
            ObjectNode source = r.putObject("source");
            source.put("id", f.source().id());
            source.put("title", f.source().title().in(answer.language()));
            source.put("date", f.source().date().toString());
            source.put("compiler", f.source().compiler());
            source.put("section", f.section().heading());
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
