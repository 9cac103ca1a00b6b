package kz.visitfacts.match;

import java.util.List;

/**
 * A question read, its facts ranked, the best assessed and the verdict: computed once per question.
 * {@code features} is null when there is no best fact to assess. {@code premiseUnsupported}: the question claims
 * something was refused, cancelled or did not happen, and the best fact says no such thing.
 */
record Judged(Reading reading, List<FactIndex.Scored> ranked, Features features, double chance, Verdict verdict,
              boolean premiseUnsupported) {
    Judged {
        ranked = List.copyOf(ranked);
    }

    boolean answered() {
        return verdict == Verdict.ANSWERED;
    }
}
