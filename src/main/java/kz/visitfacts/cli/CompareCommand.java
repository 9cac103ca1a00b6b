package kz.visitfacts.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kz.visitfacts.answer.Answer;
import kz.visitfacts.answer.AnswerEngine;
import kz.visitfacts.facts.FactBase;
import kz.visitfacts.facts.FactBaseLoader;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Command;
import java.util.concurrent.Callable;

/**
 * {@code compare A B [FILE...]}: the curator's check after an edit — every question of the given
 * tables (*.tsv: lang, question, ...) and samples (*.jsonl, as for {@code eval}; by default every one under
 * src/test/resources/questions and src/test/resources/eval) asked of two fact bases, each a folder or the
 * fact base inside a built jar (a release against the next), and the rows
 * whose answer differs, as "file: question: A → B" (a fact id — of the earliest source that reports the figure —
 * or NONE). Exit 0 whatever differs.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Lists the questions whose answer differs between two fact bases.",
            "Asks every question of the tables and samples of both (each a folder or a built jar) with this build's",
            "matcher: a curator's check after an edit."})
final class CompareCommand implements Callable<Integer> {
    private final PrintStream out;

    @Parameters(index = "0", paramLabel = "A", description = "The fact base before: a folder, or a built jar.")
    private String before;

    @Parameters(index = "1", paramLabel = "B", description = "The fact base after: a folder, or a built jar.")
    private String after;

    @Parameters(index = "2..*", paramLabel = "FILE", arity = "0..*",
            description = "Tables (*.tsv) and samples (*.jsonl); default: all under src/test/resources/questions and eval.")
    private List<String> tables = new ArrayList<>();

    CompareCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws UsageException {
        AnswerEngine a = new AnswerEngine(load(before));
        AnswerEngine b = new AnswerEngine(load(after));
        List<Path> files = new ArrayList<>();
        tables.forEach(f -> files.add(Path.of(f)));
        if (files.isEmpty()) {
            files.addAll(under(Path.of("src/test/resources/questions"), ".tsv"));
            files.addAll(under(Path.of("src/test/resources/eval"), ".jsonl"));
        }
        int asked = 0;
        int changed = 0;
        for (Path file : files) {
            for (String q : questions(file)) {
                asked++;
                String was = answer(a, q);
                String now = answer(b, q);
                if (!was.equals(now)) {
                    changed++;
                    out.println(file.getFileName() + ": " + q + ": " + was + " → " + now);
                }
            }
        }
        out.println(changed + " of " + asked + " answer(s) differ between " + before + " and " + after);
        return 0;
    }

    /** A fact base folder, or the one a built jar carries (answered by this build's matcher either way). */
    private static FactBase load(String where) {
        Path p = Path.of(where);
        return where.endsWith(".jar") && Files.isRegularFile(p) ? new FactBaseLoader().loadFromJar(p) : new FactBaseLoader().load(p);
    }

    private static String answer(AnswerEngine engine, String question) {
        Answer x = engine.ask(question);
        // Two sources' reports of one figure are one answer: named by the earliest source's, as in the goldens.
        return x.answered() ? engine.canonical(x.best().fact()).id() : "NONE";
    }

    private static List<Path> under(Path dir, String suffix) throws UsageException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UsageException("cannot list " + dir);
        }
    }

    private static List<String> questions(Path file) throws UsageException {
        if (file.toString().endsWith(".jsonl")) {
            List<String> qs = new ArrayList<>();
            try {
                if (ConversationEvaluation.isConversations(file)) {
                    // Each turn as asked alone: what an edit changes in a fact's own answers.
                    ConversationEvaluation.read(file).forEach(c -> c.turns().forEach(q -> qs.add(q.text())));
                } else {
                    Evaluation.read(file).forEach(q -> qs.add(q.text()));
                }
            } catch (IOException e) {
                throw new UsageException("cannot read " + file);
            }
            return qs;
        }
        try {
            List<String> qs = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] cols = line.split("\t");
                if (!line.isBlank() && !line.startsWith("#") && cols.length >= 2) {
                    qs.add(cols[1]);
                }
            }
            return qs;
        } catch (IOException e) {
            throw new UsageException("cannot read " + file);
        }
    }
}
