package kz.visitfacts.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kz.visitfacts.answer.AnswerEngine;
import kz.visitfacts.facts.FactBase;
import kz.visitfacts.facts.FactBaseLoader;
import kz.visitfacts.facts.InvalidFactBaseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code validate [DIR]}: checks a fact base folder (default: $VISIT_FACTS_DIR, ./facts, or the bundled one). */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Checks a fact base folder: exit 0, or 1 with one line per broken rule (file, fact, rule).")
final class ValidateCommand implements Callable<Integer> {
    private final PrintStream out;
    private final PrintStream err;
    private final String envDir;

    @Option(names = "--draft", description = "Accept what draft leaves as TODO; check everything else.")
    private boolean draft;

    @Parameters(paramLabel = "DIR", arity = "0..1",
            description = "The folder (default: $VISIT_FACTS_DIR, else ./facts, else the fact base in the jar).")
    private String folder;

    ValidateCommand(PrintStream out, PrintStream err, String envDir) {
        this.out = out;
        this.err = err;
        this.envDir = envDir;
    }

    private static String shownName(String shown) {
        Path p = Path.of(shown);
        return p.getFileName() == null ? shown : p.getFileName().toString();
    }

    @Override
    public Integer call() {
        FactBaseLoader loader = new FactBaseLoader();
        try {
            FactBase base;
            String shown;
            if (folder != null || envDir != null && !envDir.isBlank()) {
                Path dir = Path.of(folder == null ? envDir : folder);
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
