package kz.visitfacts.match;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.visitfacts.facts.Fact;

/**
 * What a question matched: the candidates, best first, and whether the best one is clear enough to answer with
 * ({@code confident}, when its {@code chance} of being right reaches the decision's threshold). A match that is not
 * confident must never be answered with a figure: {@code reason} says why (see {@code ask --explain}), and
 * {@code nearest} holds the facts nearest the question, for suggestions. {@code premiseUnsupported}: the question
 * claims what the best fact does not say (something refused or cancelled, another year, another actor, a plan as
 * done): its figure answers the topic, not the claim. {@code followedUp}: the fact the conversation was about, when
 * the question was read as a follow-up to it; {@code context}: what this question leaves for the next one to follow up
 * on. How the question was written: in traditional Chinese characters, or in Kazakh with Latin letters
 * ({@code latinKazakh}).
 */
public record Match(List<Candidate> candidates, boolean confident, boolean traditional, boolean latinKazakh, double chance,
                    String reason, List<Fact> nearest, boolean premiseUnsupported, Optional<Fact> followedUp, Context context) {
    public Match {
        Objects.requireNonNull(followedUp, "followedUp");
        Objects.requireNonNull(context, "context");
        candidates = List.copyOf(Objects.requireNonNull(candidates, "candidates"));
        nearest = List.copyOf(Objects.requireNonNull(nearest, "nearest"));
        Objects.requireNonNull(reason, "reason");
        if (confident && candidates.isEmpty()) {
            throw new IllegalArgumentException("a confident match needs a candidate");
        }
    }
}
