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

/**
 * {@code compare A B [FILE...]}: the curator's check after an edit — every question of the given
 * tables (*.tsv: lang, question, ...) and samples (*.jsonl, as for {@code eval}; by default every one under
 * src/test/resources/questions and src/test/resources/eval) asked of two fact bases, each a folder or the
 * fact base inside a built jar (a release against the next), and the rows
 * whose answer differs, as "file: question: A → B" (a fact id — of the earliest source that reports the figure —
 * or NONE). Exit 0 whatever differs.
 */
final class CompareCommand {
    private final PrintStream out;

    CompareCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> args) throws UsageException {
        if (args.size() < 2) {
            throw new UsageException("compare needs two fact bases (folders or jars): compare A B [TABLE.tsv | SAMPLE.jsonl ...]");
        }
        AnswerEngine a = new AnswerEngine(load(args.get(0)));
        AnswerEngine b = new AnswerEngine(load(args.get(1)));
        List<Path> files = new ArrayList<>();
        args.subList(2, args.size()).forEach(f -> files.add(Path.of(f)));
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
        out.println(changed + " of " + asked + " answer(s) differ between " + args.get(0) + " and " + args.get(1));
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
                Evaluation.read(file).forEach(q -> qs.add(q.text()));
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
