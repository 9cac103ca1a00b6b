package kz.visitfacts.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.visitfacts.answer.AnswerEngine;
import kz.visitfacts.facts.FactBase;
import kz.visitfacts.facts.FactBaseLoader;
import kz.visitfacts.facts.InvalidFactBaseException;

/** {@code validate [DIR]}: checks a fact base folder (default: $VISIT_FACTS_DIR, ./facts, or the bundled one). */
final class ValidateCommand {
    private final PrintStream out;
    private final PrintStream err;

    ValidateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args, String envDir) throws UsageException {
        if (args.size() > 1) {
            throw new UsageException("validate takes at most one folder");
        }
        FactBaseLoader loader = new FactBaseLoader();
        try {
            FactBase base;
            String shown;
            if (!args.isEmpty() || envDir != null && !envDir.isBlank()) {
                Path dir = Path.of(args.isEmpty() ? envDir : args.get(0));
                shown = dir.toString();
                base = loader.load(dir);
            } else if (Files.isDirectory(Path.of("facts"))) {
                shown = "facts";
                base = loader.load(Path.of("facts"));
            } else {
                shown = "bundled facts";
                base = loader.loadBundled();
            }
            new AnswerEngine(base);
            out.println(shown + ": valid: " + base.sources().size() + " source(s), " + base.facts().size() + " facts, "
                    + base.lexicon().size() + " lexicon terms");
            return 0;
        } catch (InvalidFactBaseException e) {
            e.errors().forEach(err::println);
            err.println(e.errors().size() + " error(s)");
            return 1;
        }
    }
}
