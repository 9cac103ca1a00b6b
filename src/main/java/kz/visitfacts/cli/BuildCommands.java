package kz.visitfacts.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import kz.visitfacts.answer.AnswerEngine;
import kz.visitfacts.facts.FactBase;
import kz.visitfacts.facts.FactBaseLoader;
import kz.visitfacts.match.Matcher;
import kz.visitfacts.telegram.Rehearsal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The two commands the build runs (see pom.xml); hidden from users. */
final class BuildCommands {
    private BuildCommands() {
    }

    /** Loads what every command loads and answers a little of everything, so those classes get archived. */
    @Command(name = "cds-training", hidden = true, mixinStandardHelpOptions = true,
            description = "What the build runs to make the class-data-sharing archive.")
    static final class CdsTraining implements Callable<Integer> {
        private final Supplier<AnswerEngine> engine;
        private final PrintStream out;
        private final PrintStream err;

        CdsTraining(Supplier<AnswerEngine> engine, PrintStream out, PrintStream err) {
            this.engine = engine;
            this.out = out;
            this.err = err;
        }

        @Override
        public Integer call() {
            AnswerEngine e = engine.get();
            for (String q : List.of("中哈两国2024年的贸易额有多少？", "中哈貿易額係幾多", "How much has China invested since 2005?",
                    "Сколько документов подписали на саммите?", "Қытай Қазақстанға қанша инвестиция салды?", "贸意额是多少", "seventy companies",
                    "Sammitte neşe qūjatqa qol qoiyldy?")) {
                e.ask(q);
                e.explain(q);
            }
            try {
                out.println("rehearsed: " + Rehearsal.run(e) + " Bot API call(s)");
            } catch (Exception ex) {
                err.println(Cli.NAME + ": rehearsal failed: " + ex);
                return 1;
            }
            return 0;
        }
    }

    /** analyse-facts DIR FILE: the analysis of the fact base in DIR, written to FILE for the jar. */
    @Command(name = "analyse-facts", hidden = true, mixinStandardHelpOptions = true,
            description = "What the build runs to analyse the bundled facts once.")
    static final class AnalyseFacts implements Callable<Integer> {
        private final PrintStream err;

        @Parameters(index = "0", paramLabel = "DIR")
        private Path dir;

        @Parameters(index = "1", paramLabel = "FILE")
        private Path file;

        AnalyseFacts(PrintStream err) {
            this.err = err;
        }

        @Override
        public Integer call() {
            FactBase base = new FactBaseLoader().load(dir);
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
                try (OutputStream o = Files.newOutputStream(file)) {
                    Matcher.writeAnalysis(base, o);
                }
            } catch (IOException e) {
                err.println(Cli.NAME + ": cannot write " + file + ": " + e.getMessage());
                return 1;
            }
            // Silent on success: it runs in every build, which prints nothing but errors.
            return 0;
        }
    }
}
