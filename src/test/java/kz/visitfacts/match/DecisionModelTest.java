package kz.visitfacts.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.visitfacts.TestFacts;
import org.junit.jupiter.api.Test;

/** The decision model is data: the file the training command writes, read strictly, and a fixed point of that command. */
class DecisionModelTest {
    private static DecisionModel.File shipped() throws IOException {
        try (InputStream in = DecisionModel.class.getResourceAsStream(DecisionModel.BUNDLED)) {
            return new ObjectMapper().readValue(in, DecisionModel.File.class);
        }
    }

    @Test
    void theShippedModelIsWhatTheTrainingCommandWrites() throws IOException {
        DecisionModel.File file = shipped();
        List<DecisionTraining.Row> rows = DecisionTraining.rows(Matcher.build(TestFacts.base(), Set.of(),
                DecisionModel.of(file)), DecisionTraining.questions());
        DecisionModel.File again = DecisionTraining.fitFile(rows);
        for (String name : Features.NAMES) {
            assertEquals(file.weights().get(name), again.weights().get(name), 1e-6,
                    name + ": the model is stale; run scripts/train-decision.sh");
        }
        assertEquals(file.threshold(), again.threshold(), 1e-6, "threshold: run scripts/train-decision.sh");
    }

    @Test
    void aModelFileMustNameEveryFeatureAndNoOther() throws IOException {
        DecisionModel.File file = shipped();
        Map<String, Double> missing = new HashMap<>(file.weights());
        missing.remove("score");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DecisionModel.of(new DecisionModel.File(
                file.about(), file.trainedOn(), missing, file.means(), file.bias(), file.threshold())));
        assertTrue(e.getMessage().contains("features are"), e.getMessage());
        Map<String, Double> extra = new HashMap<>(file.weights());
        extra.put("luck", 1.0);
        assertThrows(IllegalArgumentException.class, () -> DecisionModel.of(new DecisionModel.File(
                file.about(), file.trainedOn(), extra, file.means(), file.bias(), file.threshold())));
    }

    @Test
    void theChanceIsALogisticOfTheFeaturesAndTheThresholdDecides() {
        double[] w = new double[Features.NAMES.size()];
        w[0] = 4;
        double[] means = new double[w.length];
        means[0] = 0.5;
        DecisionModel model = new DecisionModel(w, means, -2, 0.5);
        Features low = new Features(0.2, 1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0);
        Features high = new Features(0.9, 1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0);
        assertEquals(1 / (1 + Math.exp(-(-2 + 4 * 0.2))), model.chance(low), 1e-12);
        assertTrue(!model.answers(low) && model.answers(high));
        assertEquals("score", model.against(low).get(0).feature());
    }
}
