package kz.visitfacts.match;

import java.util.List;
import java.util.Objects;

/**
 * What a question matched: the qualified candidates, best first, and whether the best one is clear
 * enough to answer with. A match that is not confident must never be answered with a figure. How the question
 * was written: in traditional Chinese characters, or in Kazakh with Latin letters ({@code latinKazakh}).
 */
public record Match(List<Candidate> candidates, boolean confident, boolean traditional, boolean latinKazakh) {
    public Match {
        candidates = List.copyOf(Objects.requireNonNull(candidates, "candidates"));
        if (confident && candidates.isEmpty()) {
            throw new IllegalArgumentException("a confident match needs a candidate");
        }
    }
}
