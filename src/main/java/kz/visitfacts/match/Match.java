package kz.visitfacts.match;

import java.util.List;
import java.util.Objects;
import kz.visitfacts.facts.Fact;

/**
 * What a question matched: the candidates, best first, and whether the best one is clear enough to answer with
 * ({@code confident}, when its {@code chance} of being right reaches the decision's threshold). A match that is not
 * confident must never be answered with a figure: {@code reason} says why (see {@code ask --explain}), and
 * {@code nearest} holds the facts nearest the question, for suggestions. {@code premiseUnsupported}: the question
 * claims something was refused, cancelled or did not happen, which the best fact does not say: its figure answers the
 * topic, not the claim.
 */
public record Match(List<Candidate> candidates, boolean confident, boolean traditional, double chance, String reason,
                    List<Fact> nearest, boolean premiseUnsupported) {
    public Match {
        candidates = List.copyOf(Objects.requireNonNull(candidates, "candidates"));
        nearest = List.copyOf(Objects.requireNonNull(nearest, "nearest"));
        Objects.requireNonNull(reason, "reason");
        if (confident && candidates.isEmpty()) {
            throw new IllegalArgumentException("a confident match needs a candidate");
        }
    }
}
