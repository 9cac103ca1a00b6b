package kz.visitfacts.match;

import java.util.Objects;
import kz.visitfacts.facts.Fact;

/** A fact that matches a question well enough to show, with its score (about 0 to 1, higher is better). */
public record Candidate(Fact fact, double score) {
    public Candidate {
        Objects.requireNonNull(fact, "fact");
    }
}
