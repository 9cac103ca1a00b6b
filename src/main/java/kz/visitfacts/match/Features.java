package kz.visitfacts.match;

import java.util.List;

/**
 * What the decision to answer weighs about the best fact for a question: how well it explains the question, how
 * far it stands from its rival, and how. Flags are 0 or 1. {@code rareUnknown}: the weight of the question's most
 * telling word that no fact has; {@code exclusive}: the share of what the best explains that its nearest rival does
 * not; {@code statedShare}: the share of it the fact states in its own words (not only in its sentence or around it);
 * {@code rivalFitsBetter}: the question asks for a kind of figure the best is not and its nearest rival is.
 */
record Features(double score, double coverage, double evidence, double runnerUpRatio, double unknownShare,
                double rareUnknown, double exclusive, double statedShare, double kindAsked, double kindFits,
                double rivalFitsBetter, double numberMatched) {
    /** The names of the features, in the order of {@link #values()}: the decision model's file names its weights so. */
    static final List<String> NAMES = List.of("score", "coverage", "evidence", "runnerUpRatio", "unknownShare",
            "rareUnknown", "exclusive", "statedShare", "kindAsked", "kindFits", "rivalFitsBetter", "numberMatched");

    double[] values() {
        return new double[] {score, coverage, evidence, runnerUpRatio, unknownShare, rareUnknown, exclusive, statedShare,
                kindAsked, kindFits, rivalFitsBetter, numberMatched};
    }
}
