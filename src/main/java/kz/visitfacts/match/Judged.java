package kz.visitfacts.match;

import java.util.List;

/**
 * A question read, its facts ranked, the best assessed and the verdict: computed once per question.
 * {@code features} is null when there is no best fact to assess.
 */
record Judged(Reading reading, List<FactIndex.Scored> ranked, Features features, double chance, Verdict verdict) {
    Judged {
        ranked = List.copyOf(ranked);
    }

    boolean answered() {
        return verdict == Verdict.ANSWERED;
    }
}
