package kz.visitfacts.match;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The decision to answer, as one model: the chance that the best fact is right, a logistic function of its
 * {@link Features}, and the threshold on that chance set for at most 1% wrong answers on the questions it was fitted
 * on. Its weights are data ({@value #BUNDLED}), written by the training command (see docs/quality.md).
 */
final class DecisionModel {
    static final String BUNDLED = "/kz/visitfacts/match/decision-model.json";

    /** The model file: each feature's weight and its mean over the training questions, the bias and the threshold. */
    record File(String about, List<String> trainedOn, Map<String, Double> weights, Map<String, Double> means, double bias,
                double threshold) {
    }

    /** A feature's pull on the chance, against its pull for an average question (negative: it speaks against). */
    record Pull(String feature, double value, double pull) {
    }

    private final double[] weights;
    private final double[] means;
    private final double bias;
    private final double threshold;

    DecisionModel(double[] weights, double[] means, double bias, double threshold) {
        if (weights.length != Features.NAMES.size() || means.length != Features.NAMES.size()) {
            throw new IllegalArgumentException("a decision model needs " + Features.NAMES.size() + " weights and means");
        }
        this.weights = weights.clone();
        this.means = means.clone();
        this.bias = bias;
        this.threshold = threshold;
    }

    /** The model shipped in the jar. */
    static DecisionModel bundled() {
        return Holder.BUNDLED_MODEL;
    }

    private static final class Holder {
        static final DecisionModel BUNDLED_MODEL = read();

        private static DecisionModel read() {
            try (InputStream in = DecisionModel.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException(BUNDLED + " is missing from the build");
                }
                return of(new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(in, File.class));
            } catch (IOException e) {
                throw new UncheckedIOException(BUNDLED + ": " + e.getMessage(), e);
            }
        }
    }

    /** A model from its file; every feature must have a weight and a mean, and no other name may. */
    static DecisionModel of(File file) {
        Objects.requireNonNull(file.weights(), "weights");
        Objects.requireNonNull(file.means(), "means");
        for (Map<String, Double> m : List.of(file.weights(), file.means())) {
            if (!m.keySet().equals(new java.util.HashSet<>(Features.NAMES))) {
                throw new IllegalArgumentException("the decision model names " + new java.util.TreeSet<>(m.keySet())
                        + ", the features are " + Features.NAMES);
            }
        }
        double[] w = Features.NAMES.stream().mapToDouble(file.weights()::get).toArray();
        double[] m = Features.NAMES.stream().mapToDouble(file.means()::get).toArray();
        return new DecisionModel(w, m, file.bias(), file.threshold());
    }

    double threshold() {
        return threshold;
    }

    /** The chance that the best fact is the right answer. */
    double chance(Features f) {
        double[] x = f.values();
        double z = bias;
        for (int i = 0; i < x.length; i++) {
            z += weights[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    boolean answers(Features f) {
        return chance(f) >= threshold;
    }

    /** The features that pull the chance down the most, strongest first. */
    List<Pull> against(Features f) {
        double[] x = f.values();
        List<Pull> pulls = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            double pull = weights[i] * (x[i] - means[i]);
            if (pull < 0) {
                pulls.add(new Pull(Features.NAMES.get(i), x[i], pull));
            }
        }
        pulls.sort(Comparator.comparingDouble(Pull::pull));
        return pulls;
    }
}
