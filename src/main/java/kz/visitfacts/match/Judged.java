package kz.visitfacts.match;

import java.util.List;

/**
 * A question read, its facts ranked, the best assessed and the verdict: computed once per question.
 * {@code features} is null when there is no best fact to assess; {@code mismatch} says why the best's figure
 * cannot be what is asked, if it cannot. {@code premiseUnsupported}: the question claims
 * something was refused, cancelled or did not happen, and the best fact says no such thing.
 */
record Judged(Reading reading, List<FactIndex.Scored> ranked, Features features, double chance, Verdict verdict,
              java.util.Optional<Mismatch> mismatch, boolean premiseUnsupported) {
    Judged {
        ranked = List.copyOf(ranked);
    }

    boolean answered() {
        return verdict == Verdict.ANSWERED;
    }
}
