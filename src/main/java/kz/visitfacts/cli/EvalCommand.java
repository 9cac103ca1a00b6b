package kz.visitfacts.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import kz.visitfacts.answer.AnswerEngine;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Command;
import java.util.concurrent.Callable;

/** {@code eval FILE.jsonl}: answer quality per language and per kind, misses first, the overall figure last. */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Accuracy on a question file (JSON lines, as src/test/resources/eval/dev-questions.jsonl): misses, "
                + "then per language and per kind, the overall figure last.")
final class EvalCommand implements Callable<Integer> {
    private final Supplier<AnswerEngine> engine;
    private final PrintStream out;

    @Parameters(paramLabel = "FILE.jsonl", description = "The questions, one JSON object a line.")
    private Path file;

    EvalCommand(Supplier<AnswerEngine> engine, PrintStream out) {
        this.engine = engine;
        this.out = out;
    }

    @Override
    public Integer call() throws UsageException {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("no such file: " + file);
        }
        try {
            if (ConversationEvaluation.isConversations(file)) {
                ConversationEvaluation.run(engine.get(), ConversationEvaluation.read(file), out);
                return 0;
            }
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
            out.println("answered with another figure: " + r.wrong());
            out.println("refused answerable questions whose suggestions hold the right fact: " + r.suggested());
            out.println("overall: " + r.overall());
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
