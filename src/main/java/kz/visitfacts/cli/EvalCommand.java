package kz.visitfacts.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import kz.visitfacts.answer.AnswerEngine;

/** {@code eval FILE.jsonl}: answer quality per language and per kind, misses first, the overall figure last. */
final class EvalCommand {
    private final Supplier<AnswerEngine> engine;
    private final PrintStream out;

    EvalCommand(Supplier<AnswerEngine> engine, PrintStream out) {
        this.engine = engine;
        this.out = out;
    }

    int run(List<String> args) throws UsageException {
        if (args.size() != 1) {
            throw new UsageException("eval takes one question file (JSON lines)");
        }
        Path file = Path.of(args.get(0));
        if (!Files.isRegularFile(file)) {
            throw new UsageException("no such file: " + file);
        }
        try {
            Evaluation.Report r = Evaluation.run(engine.get(), Evaluation.read(file));
            for (Evaluation.Outcome o : r.outcomes()) {
                if (!o.passed()) {
                    out.println("miss " + o.question().id() + " [" + o.question().lang() + "/" + o.question().kind() + "] "
                            + o.question().text() + " — expected " + (o.question().expect() == null ? "NONE" : o.question().expect())
                            + ", got " + o.got());
                }
            }
            r.byLanguage().forEach((k, v) -> out.println("language " + k + ": " + v));
            r.byKind().forEach((k, v) -> out.println("kind " + k + ": " + v));
            out.println("overall: " + r.overall());
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
