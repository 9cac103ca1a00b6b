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

    private static String shownName(String shown) {
        Path p = Path.of(shown);
        return p.getFileName() == null ? shown : p.getFileName().toString();
    }

    int run(List<String> args, String envDir) throws UsageException {
        boolean draft = args.contains("--draft");
        args = args.stream().filter(a -> !a.equals("--draft")).toList();
        if (args.size() > 1) {
            throw new UsageException("validate takes at most one folder, and --draft");
        }
        FactBaseLoader loader = new FactBaseLoader();
        try {
            FactBase base;
            String shown;
            if (!args.isEmpty() || envDir != null && !envDir.isBlank()) {
                Path dir = Path.of(args.isEmpty() ? envDir : args.get(0));
                shown = dir.toString();
                base = loader.load(dir, draft);
            } else if (Files.isDirectory(Path.of("facts"))) {
                shown = "facts";
                base = loader.load(Path.of("facts"), draft);
            } else {
                shown = "bundled facts";
                base = loader.loadBundled();
            }
            try {
                new AnswerEngine(base);
            } catch (InvalidFactBaseException e) {
                // The values are checked as the index reads them; name the folder validated, as the loader does.
                throw new InvalidFactBaseException(e.errors().stream().map(m -> shownName(shown) + "/" + m).toList());
            }
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
