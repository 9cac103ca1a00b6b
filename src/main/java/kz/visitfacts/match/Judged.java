package kz.visitfacts.match;

import java.util.List;

/**
 * A question read, its facts ranked, the best assessed and the verdict: computed once per question.
 * {@code features} is null when there is no best fact to assess; {@code mismatch} says why the best's figure
 * cannot be what is asked, if it cannot. {@code premiseUnsupported}: the question claims
 * something was refused, cancelled or did not happen, and the best fact says no such thing. {@code fromSentence}: the
 * value of the best fact's sentence that answers what is asked, where its figure does not (see {@link SentenceValues}).
 */
record Judged(Reading reading, List<FactIndex.Scored> ranked, Features features, double chance, Verdict verdict,
              java.util.Optional<Mismatch> mismatch, boolean premiseUnsupported,
              java.util.Optional<SentenceValues.Value> fromSentence) {
    Judged {
        ranked = List.copyOf(ranked);
    }

    Judged(Reading reading, List<FactIndex.Scored> ranked, Features features, double chance, Verdict verdict,
           java.util.Optional<Mismatch> mismatch, boolean premiseUnsupported) {
        this(reading, ranked, features, chance, verdict, mismatch, premiseUnsupported, java.util.Optional.empty());
    }

    /** What the best fact answers with: itself, or the value of its sentence that is asked for. */
    kz.visitfacts.facts.Fact answer() {
        kz.visitfacts.facts.Fact best = ranked.get(0).fact();
        return fromSentence.map(v -> SentenceValues.answer(best, v)).orElse(best);
    }

    boolean answered() {
        return verdict == Verdict.ANSWERED;
    }
}
