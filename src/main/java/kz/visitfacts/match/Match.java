package kz.visitfacts.match;

import java.util.List;
import java.util.Objects;

/**
 * What a question matched: the qualified candidates, best first, and whether the best one is clear
 * enough to answer with. A match that is not confident must never be answered with a figure.
 */
public record Match(List<Candidate> candidates, boolean confident, boolean traditional) {
    public Match {
        candidates = List.copyOf(Objects.requireNonNull(candidates, "candidates"));
        if (confident && candidates.isEmpty()) {
            throw new IllegalArgumentException("a confident match needs a candidate");
        }
    }
}
