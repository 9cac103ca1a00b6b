package kz.visitfacts.match;

import java.util.ArrayList;
import java.util.List;

/**
 * What the decision to answer weighs about the best fact for a question: how well it explains the question, how
 * far it stands from its rival, and how. Flags are 0 or 1. {@code rareUnknown}: the weight of the question's most
 * telling word that no fact has; {@code exclusive}: the share of what the best explains that its nearest rival does
 * not; {@code statedShare}: the share of it the fact states in its own words (not only in its sentence or around it);
 * {@code rivalFitsBetter}: the question asks for a kind of figure the best is not and its nearest rival is;
 * {@code numberMissed}: how firmly the question states a number the best fact does not hold anywhere (1: typed in
 * digits; less when spelled out or said around the question) — "five leaders" of a fact about three. The model
 * also weighs the products of every two of the graded features ({@link #PAIRED}): one feature often matters only
 * as much as another allows (a full coverage says little of a question of one common word).
 */
record Features(double score, double coverage, double evidence, double runnerUpRatio, double unknownShare,
                double rareUnknown, double exclusive, double statedShare, double kindAsked, double kindFits,
                double rivalFitsBetter, double numberMatched, double numberMissed) {
    /** The features themselves, in the order of their values. */
    static final List<String> BASE = List.of("score", "coverage", "evidence", "runnerUpRatio", "unknownShare",
            "rareUnknown", "exclusive", "statedShare", "kindAsked", "kindFits", "rivalFitsBetter", "numberMatched", "numberMissed");
    /**
     * The features whose products of two are weighed too (by their place in {@link #BASE}). Not a stated number missed:
     * few questions state one, and its products were fitted to pull the wrong way (a missed number beside a rare word
     * no fact has made an answer certain).
     */
    private static final int[] PAIRED = {0, 1, 2, 3, 4, 5, 6, 7, 9};
    /** The names of everything weighed, in the order of {@link #values()}: the model's file names its weights so. */
    static final List<String> NAMES = names();

    private static List<String> names() {
        List<String> names = new ArrayList<>(BASE);
        for (int a = 0; a < PAIRED.length; a++) {
            for (int b = a + 1; b < PAIRED.length; b++) {
                names.add(BASE.get(PAIRED[a]) + "*" + BASE.get(PAIRED[b]));
            }
        }
        return List.copyOf(names);
    }

    /**
     * The same, for an answer whose figure is of the kind asked (a value of the fact's sentence): its score as a fact
     * of that kind would have it ({@code boost}, see {@link FactIndex#kindFactor}), no rival fitting better, and its
     * nearest rival of another answer at {@code runnerUp}.
     */
    Features fitting(double boost, double runnerUp) {
        double boosted = score * boost;
        return new Features(boosted, coverage, evidence, boosted == 0 ? 0 : runnerUp / boosted, unknownShare,
                rareUnknown, exclusive, statedShare, kindAsked, 1, 0, numberMatched, numberMissed);
    }

    double[] values() {
        double[] base = {score, coverage, evidence, runnerUpRatio, unknownShare, rareUnknown, exclusive, statedShare,
                kindAsked, kindFits, rivalFitsBetter, numberMatched, numberMissed};
        double[] all = new double[NAMES.size()];
        System.arraycopy(base, 0, all, 0, base.length);
        int i = base.length;
        for (int a = 0; a < PAIRED.length; a++) {
            for (int b = a + 1; b < PAIRED.length; b++) {
                all[i++] = base[PAIRED[a]] * base[PAIRED[b]];
            }
        }
        return all;
    }
}
