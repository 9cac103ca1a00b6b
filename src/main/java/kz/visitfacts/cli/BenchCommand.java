package kz.visitfacts.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import kz.visitfacts.answer.AnswerEngine;
import kz.visitfacts.facts.FactBase;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Option;
import picocli.CommandLine.Command;
import java.util.concurrent.Callable;

/**
 * {@code bench [--passes N] [--scale K] FILE.jsonl}: in-process time per question after warm-up, and how it
 * grows when the fact base is multiplied K times with synthetic copies.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Time per question in process after warm-up; --scale multiplies the fact base with synthetic copies.")
final class BenchCommand implements Callable<Integer> {
    private static final int WARM_UP_PASSES = 3000;

    private final Supplier<FactBase> facts;
    private final PrintStream out;

    BenchCommand(Supplier<FactBase> facts, PrintStream out) {
        this.facts = facts;
        this.out = out;
    }

    @Option(names = "--passes", paramLabel = "N", description = "Timed passes over the questions, 1 to 100000 (default: ${DEFAULT-VALUE}).")
    private int passes = 50;

    @Option(names = "--scale", paramLabel = "K", description = "Copies of the fact base, 1 to 100000 (default: ${DEFAULT-VALUE}).")
    private int scale = 1;

    @Parameters(paramLabel = "FILE.jsonl", description = "The questions (JSON lines, as for eval).")
    private String file;

    @Override
    public Integer call() throws UsageException {
        positive(passes, "--passes");
        positive(scale, "--scale");
        if (!Files.isRegularFile(Path.of(file))) {
            throw new UsageException("no such file: " + file);
        }
        List<String> questions;
        try {
            questions = Evaluation.read(Path.of(file)).stream().map(Evaluation.Question::text).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (questions.isEmpty()) {
            throw new UsageException("no questions in " + file);
        }
        FactBase base = facts.get();
        long t0 = System.nanoTime();
        AnswerEngine engine = AnswerEngine.scaled(base, scale);
        long buildMs = (System.nanoTime() - t0) / 1_000_000;
        for (int p = 0; p < WARM_UP_PASSES; p++) {
            questions.forEach(engine::ask);
        }
        List<Long> nanos = new ArrayList<>();
        for (int p = 0; p < passes; p++) {
            for (String q : questions) {
                long s = System.nanoTime();
                engine.ask(q);
                nanos.add(System.nanoTime() - s);
            }
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        Runtime rt = Runtime.getRuntime();
        out.printf("facts: %d indexed (%d real x scale %d); questions: %d; passes: %d after %d warm-up%n",
                engine.indexedFacts(), base.facts().size(), scale, questions.size(), passes, WARM_UP_PASSES);
        out.printf("index build: %d ms%n", buildMs);
        out.printf("per query: p50 %.1f µs, p90 %.1f µs, p99 %.1f µs, mean %.1f µs%n", micros(sorted, 0.50),
                micros(sorted, 0.90), micros(sorted, 0.99), Arrays.stream(sorted).average().orElse(0) / 1000.0);
        out.printf("heap in use: %d MB%n", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
        return 0;
    }

    private static double micros(long[] sorted, double quantile) {
        int i = (int) Math.min(sorted.length - 1, Math.round(quantile * (sorted.length - 1)));
        return sorted[i] / 1000.0;
    }

    private static void positive(int v, String option) throws UsageException {
        if (v < 1 || v > 100_000) {
            throw new UsageException(option + " needs a whole number from 1 to 100000");
        }
    }
}
