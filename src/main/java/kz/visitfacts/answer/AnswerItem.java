package kz.visitfacts.answer;

import java.util.Objects;
import kz.visitfacts.facts.Fact;

/** One fact given as an answer, with its statement already in the asker's language. */
public record AnswerItem(Fact fact, double score, String statement) {
    public AnswerItem {
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(statement, "statement");
    }
}
