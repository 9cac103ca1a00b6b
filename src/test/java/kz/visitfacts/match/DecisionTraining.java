package kz.visitfacts.match;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.visitfacts.TestFacts;
import kz.visitfacts.facts.Fact;
import kz.visitfacts.facts.FactBase;

/**
 * Fits the decision model ({@link DecisionModel}) on the project's question tables and samples, reports its
 * held-out accuracy and calibration, and writes the model file. Run by {@code scripts/train-decision.sh}.
 */
public final class DecisionTraining {
    static final Path MODEL = Path.of("src/main/resources/kz/visitfacts/match/decision-model.json");
    static final List<String> SAMPLES = List.of("dev-questions.jsonl", "dev-questions-2.jsonl", "dev-questions-3.jsonl");
    /** The share of all questions that may be answered wrong. */
    static final double MAX_WRONG = 0.01;
    static final double PENALTY = 1.0;
    static final int FOLDS = 5;

    /** One question: where it comes from, whether it must be refused, and its best fact's features and correctness. */
    record Row(String set, String question, boolean refuse, double[] x, int right) {
    }

    /** A question with what a right answer is: fact ids (tables) or strings of the figure or quote (samples). */
    record Question(String set, String text, List<String> ids, List<String> strings, boolean quoteCounts) {
        boolean refuse() {
            return ids == null ? strings == null : ids.equals(List.of("NONE"));
        }

        boolean rightFor(Fact f) {
            if (refuse()) {
                return false;
            }
            if (ids != null) {
                return ids.contains(f.id());
            }
            return strings.stream().anyMatch(s -> f.figure().contains(s) || quoteCounts && f.quote().contains(s));
        }
    }

    public static void main(String[] args) throws IOException {
        FactBase base = TestFacts.base();
        List<Question> questions = questions();
        DecisionModel model = Files.exists(MODEL) ? DecisionModel.bundled() : new DecisionModel(
                new double[Features.NAMES.size()], new double[Features.NAMES.size()], -10, 0.5);
        List<Row> rows = List.of();
        DecisionModel.File file = null;
        // Which reading is assessed (as typed, or with typos corrected) depends on the model: rounds until it settles.
        for (int round = 0; round < 5; round++) {
            rows = rows(Matcher.build(base, Set.of(), model), questions);
            DecisionModel.File next = fitFile(rows);
            boolean settled = next.equals(file);
            file = next;
            model = DecisionModel.of(file);
            if (settled) {
                break;
            }
        }
        if (System.getenv("SHOW_WRONG_BEST") != null) {
            Matcher m = Matcher.build(base, Set.of(), model);
            for (Question q : questions) {
                if (!q.set().equals(System.getenv("SHOW_WRONG_BEST"))) {
                    continue;
                }
                Judged j = m.judge(q.text());
                String best = j.ranked().isEmpty() ? "NONE" : j.ranked().get(0).fact().id();
                if (!j.ranked().isEmpty() && !q.rightFor(j.ranked().get(0).fact()) && j.chance() > 0.5) {
                    System.out.println("LIKELY-WRONG " + String.format(Locale.ROOT, "%.2f", j.chance()) + " " + best + " | "
                            + q.text() + " | " + java.util.Arrays.toString(j.features().values()));
                }
                if (!j.ranked().isEmpty() && q.rightFor(j.ranked().get(0).fact()) && !j.answered()) {
                    System.out.println("REFUSED-RIGHT " + String.format(Locale.ROOT, "%.2f", j.chance()) + " " + best + " | "
                            + q.text() + " | " + model.against(j.features()).stream().limit(3)
                            .map(p -> p.feature() + "=" + String.format(Locale.ROOT, "%.2f", p.value())).toList());
                }
                if (j.ranked().isEmpty() || !q.rightFor(j.ranked().get(0).fact())) {
                    System.out.println("WRONG-BEST " + best + " | " + q.text() + " | " + q.strings());
                }
            }
        }
        for (String set : rows.stream().map(Row::set).distinct().toList()) {
            List<Row> of = rows.stream().filter(r -> r.set().equals(set)).toList();
            System.out.printf(Locale.ROOT, "%s: %d questions, %d to refuse, best fact right for %d (ceiling %.1f%%)%n", set, of.size(),
                    of.stream().filter(Row::refuse).count(), of.stream().mapToInt(Row::right).sum(),
                    100.0 * (of.stream().filter(Row::refuse).count() + of.stream().mapToInt(Row::right).sum()) / of.size());
        }
        if (System.getenv("SHOW_TRADEOFF") != null) {
            LogisticFit.Weights all = fit(rows.stream().filter(r -> r.x() != null).toList());
            for (double t = 0.3; t < 0.99; t += 0.05) {
                int right = 0;
                int wrong = 0;
                int n = 0;
                for (Row r : rows) {
                    if (!r.set().equals(System.getenv("SHOW_TRADEOFF"))) {
                        continue;
                    }
                    n++;
                    boolean answered = r.x() != null && all.chance(r.x()) >= t;
                    right += r.refuse() ? (answered ? 0 : 1) : (answered && r.right() == 1 ? 1 : 0);
                    wrong += answered && r.right() == 0 ? 1 : 0;
                }
                System.out.printf(Locale.ROOT, "tradeoff %.2f: %d/%d right, %d wrong%n", t, right, n, wrong);
            }
        }
        if (System.getenv("SHOW_CONFIDENT_WRONG") != null) {
            double[] p = crossValidated(rows);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).x() != null && rows.get(i).right() == 0) {
                    order.add(i);
                }
            }
            order.sort((a, b) -> Double.compare(p[b], p[a]));
            for (int i : order.subList(0, Math.min(25, order.size()))) {
                System.out.printf(Locale.ROOT, "CONFIDENT-WRONG %.3f %s %s %s%n", p[i], rows.get(i).set(), rows.get(i).refuse() ? "(refuse)" : "",
                        rows.get(i).question());
            }
        }
        System.out.println(heldOut(rows, "dev-questions-3.jsonl"));
        System.out.println(heldOut(rows, "dev-questions.jsonl", "dev-questions-2.jsonl"));
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(MODEL.toFile(), file);
        System.out.println("wrote " + MODEL + ": threshold " + String.format(Locale.ROOT, "%.3f", file.threshold()));
    }

    static List<Question> questions() throws IOException {
        List<Question> qs = new ArrayList<>();
        for (TestFacts.TableRow r : TestFacts.tableRows()) {
            qs.add(new Question("tables", r.question(), r.expected(), null, false));
        }
        ObjectMapper json = new ObjectMapper();
        for (String sample : SAMPLES) {
            for (String line : Files.readAllLines(Path.of("src/test/resources/eval", sample), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                List<String> expect = null;
                if (n.path("expect").isArray()) {
                    expect = new ArrayList<>();
                    for (JsonNode e : n.get("expect")) {
                        expect.add(e.asText());
                    }
                }
                qs.add(new Question(sample, n.get("q").asText(), null, expect, "quote".equals(n.path("field").asText())));
            }
        }
        return qs;
    }

    static List<Row> rows(Matcher matcher, List<Question> questions) {
        List<Row> rows = new ArrayList<>();
        for (Question q : questions) {
            Judged j = matcher.judge(q.text());
            if (j.features() == null || j.premiseUnsupported() || j.mismatch().isPresent()) {
                // No candidate, a claim the best fact does not make, or a figure of another kind than asked: refused
                // whatever the model says, so it teaches the model nothing.
                rows.add(new Row(q.set(), q.text(), q.refuse(), null, 0));
                continue;
            }
            rows.add(new Row(q.set(), q.text(), q.refuse(), j.features().values(), q.rightFor(j.ranked().get(0).fact()) ? 1 : 0));
        }
        return rows;
    }

    /** The model fitted on every row, with the threshold that cross-validation puts at most 1% of questions wrong. */
    static DecisionModel.File fitFile(List<Row> rows) {
        List<Row> usable = rows.stream().filter(r -> r.x() != null).toList();
        LogisticFit.Weights w = fit(usable);
        double threshold = threshold(rows, crossValidated(rows));
        Map<String, Double> weights = new LinkedHashMap<>();
        Map<String, Double> means = new LinkedHashMap<>();
        for (int i = 0; i < Features.NAMES.size(); i++) {
            weights.put(Features.NAMES.get(i), round(w.weights()[i]));
            means.put(Features.NAMES.get(i), round(w.means()[i]));
        }
        List<String> sets = rows.stream().map(Row::set).distinct().toList();
        return new DecisionModel.File("Logistic regression (L2 " + PENALTY + ", Newton) of the chance that the best fact is"
                + " right, fitted on " + usable.size() + " questions; threshold for at most " + (int) (MAX_WRONG * 100)
                + "% wrong in " + FOLDS + "-fold cross-validation. Written by scripts/train-decision.sh.",
                sets, weights, means, round(w.bias()), round(threshold));
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    static LogisticFit.Weights fit(List<Row> rows) {
        double[][] x = rows.stream().map(Row::x).toArray(double[][]::new);
        int[] y = rows.stream().mapToInt(Row::right).toArray();
        return LogisticFit.fit(x, y, PENALTY);
    }

    /** Each row's chance as predicted by a model fitted without its fold (rows without features: 0). */
    static double[] crossValidated(List<Row> rows) {
        double[] p = new double[rows.size()];
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Row> train = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (i % FOLDS != fold && rows.get(i).x() != null) {
                    train.add(rows.get(i));
                }
            }
            LogisticFit.Weights w = fit(train);
            for (int i = fold; i < rows.size(); i += FOLDS) {
                p[i] = rows.get(i).x() == null ? 0 : w.chance(rows.get(i).x());
            }
        }
        return p;
    }

    /** The lowest threshold at which at most {@link #MAX_WRONG} of all questions would be answered wrong. */
    static double threshold(List<Row> rows, double[] p) {
        double[] sorted = p.clone();
        java.util.Arrays.sort(sorted);
        for (double t : sorted) {
            if (t <= 0) {
                continue;
            }
            int wrong = 0;
            for (int i = 0; i < rows.size(); i++) {
                wrong += p[i] >= t && rows.get(i).right() == 0 ? 1 : 0;
            }
            if (wrong <= MAX_WRONG * rows.size()) {
                return t;
            }
        }
        return 1;
    }

    /** Fits on every set but {@code heldOut}, and reports accuracy, wrong answers and calibration on those held out. */
    static String heldOut(List<Row> rows, String... heldOut) {
        List<String> out = List.of(heldOut);
        List<Row> train = rows.stream().filter(r -> !out.contains(r.set())).toList();
        List<Row> test = rows.stream().filter(r -> out.contains(r.set())).toList();
        LogisticFit.Weights w = fit(train.stream().filter(r -> r.x() != null).toList());
        double t = threshold(train, crossValidated(train));
        int passed = 0;
        int wrong = 0;
        int[] count = new int[10];
        double[] predicted = new double[10];
        int[] right = new int[10];
        for (Row r : test) {
            double p = r.x() == null ? 0 : w.chance(r.x());
            boolean answered = p >= t;
            passed += r.refuse() ? (answered ? 0 : 1) : (answered && r.right() == 1 ? 1 : 0);
            wrong += answered && r.right() == 0 ? 1 : 0;
            if (r.x() != null) {
                int bin = Math.min(9, (int) (p * 10));
                count[bin]++;
                predicted[bin] += p;
                right[bin] += r.right();
            }
        }
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "held out %s (fitted on the rest, threshold %.3f): %d/%d right (%.1f%%), %d answered wrong%n",
                String.join(" + ", out), t, passed, test.size(), 100.0 * passed / test.size(), wrong));
        s.append("| predicted chance | questions | mean predicted | observed right |\n|---|---|---|---|\n");
        for (int b = 0; b < 10; b++) {
            if (count[b] > 0) {
                s.append(String.format(Locale.ROOT, "| %.1f–%.1f | %d | %.2f | %.2f |%n", b / 10.0, (b + 1) / 10.0, count[b],
                        predicted[b] / count[b], (double) right[b] / count[b]));
            }
        }
        return s.toString();
    }

    private DecisionTraining() {
    }
}
