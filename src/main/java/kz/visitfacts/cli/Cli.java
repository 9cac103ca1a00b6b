package kz.visitfacts.cli;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kz.visitfacts.answer.AnswerEngine;
import kz.visitfacts.facts.FactBase;
import kz.visitfacts.facts.FactBaseLoader;
import kz.visitfacts.facts.InvalidFactBaseException;

/** Reads the command line and runs one command; returns 0 (done), 1 (failed) or 2 (usage error). Never exits the JVM. */
public final class Cli {
    static final String USAGE = "usage: visit-facts-bot [chat | ask [--json | --explain] [--lang zh|en|ru|kk|kk-Latn] QUESTION... | validate [DIR]"
            + " | validate --draft [DIR] | draft SOURCE.txt [--id ID] [--date YYYY-MM-DD] [--compiler NAME] | compare A B [FILE...] | eval FILE.jsonl | bench [--passes N] [--scale K] FILE.jsonl | run [--webhook] | unanswered FILE]";
    /** Where to read the fact base from instead of the copy inside the jar. */
    static final String FACTS_DIR_ENV = "VISIT_FACTS_DIR";

    private final Map<String, String> env;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    public Cli(Map<String, String> env, InputStream in, PrintStream out, PrintStream err) {
        this.env = Map.copyOf(env);
        this.in = in;
        this.out = out;
        this.err = err;
    }

    public int run(String... args) {
        String command = args.length == 0 ? "chat" : args[0];
        List<String> rest = args.length == 0 ? List.of() : Arrays.asList(args).subList(1, args.length);
        try {
            return switch (command) {
                case "ask" -> new AskCommand(this::engine, out).run(rest, reader());
                case "chat" -> new ChatCommand(this::engine, out).run(rest, reader());
                case "validate" -> new ValidateCommand(out, err).run(rest, env.get(FACTS_DIR_ENV));
                case "draft" -> new DraftCommand(out).run(rest);
                case "compare" -> new CompareCommand(out).run(rest);
                case "eval" -> new EvalCommand(this::engine, out).run(rest);
                case "bench" -> new BenchCommand(this::loadFacts, out).run(rest);
                case "run" -> runBot(rest);
                case "unanswered" -> new UnansweredCommand(out).run(rest);
                // Not for users: what the build runs to make the class-data-sharing archive (see pom.xml).
                case "cds-training" -> cdsTraining();
                // Not for users: what the build runs to analyse the bundled facts once (see pom.xml).
                case "analyse-facts" -> analyseFacts(rest);
                case "help", "-h", "--help" -> {
                    out.println(USAGE);
                    yield 0;
                }
                default -> throw new UsageException("unknown command \"" + command + "\"");
            };
        } catch (UsageException e) {
            err.println("visit-facts-bot: " + e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (InvalidFactBaseException e) {
            err.println("visit-facts-bot: invalid fact base: " + e.getMessage());
            return 1;
        }
    }

    private int runBot(List<String> args) throws UsageException {
        boolean webhook = args.equals(List.of("--webhook"));
        if (!args.isEmpty() && !webhook) {
            throw new UsageException("run takes only --webhook; the rest comes from TELEGRAM_* and BOT_* variables");
        }
        // The engine is the slowest part of a start: it is built from the first moment, while the settings are
        // checked and logging is set up, not from when the bot asks for it.
        return RunCommand.run(env, webhook, AnswerEngine.buildInBackground(this::engine), err);
    }

    /** Loads what every command loads and answers a little of everything, so those classes get archived. */
    private int cdsTraining() {
        AnswerEngine engine = engine();
        for (String q : List.of("中哈两国2024年的贸易额有多少？", "中哈貿易額係幾多", "How much has China invested since 2005?",
                "Сколько документов подписали на саммите?", "Қытай Қазақстанға қанша инвестиция салды?", "贸意额是多少", "seventy companies",
                "Sammitte neşe qūjatqa qol qoiyldy?")) {
            engine.ask(q);
            engine.explain(q);
        }
        try {
            out.println("rehearsed: " + kz.visitfacts.telegram.Rehearsal.run(engine) + " Bot API call(s)");
        } catch (Exception e) {
            err.println("visit-facts-bot: rehearsal failed: " + e);
            return 1;
        }
        return 0;
    }

    /** analyse-facts DIR FILE: the analysis of the fact base in DIR, written to FILE for the jar. */
    private int analyseFacts(List<String> args) throws UsageException {
        if (args.size() != 2) {
            throw new UsageException("analyse-facts takes a fact base folder and the file to write");
        }
        FactBase base = new FactBaseLoader().load(Path.of(args.get(0)));
        Path file = Path.of(args.get(1));
        try {
            java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
            try (java.io.OutputStream o = java.nio.file.Files.newOutputStream(file)) {
                kz.visitfacts.match.Matcher.writeAnalysis(base, o);
            }
        } catch (java.io.IOException e) {
            err.println("visit-facts-bot: cannot write " + file + ": " + e.getMessage());
            return 1;
        }
        out.println("analysed " + base.facts().size() + " facts into " + file);
        return 0;
    }

    private BufferedReader reader() {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    FactBase loadFacts() {
        String dir = env.get(FACTS_DIR_ENV);
        FactBaseLoader loader = new FactBaseLoader();
        return dir == null || dir.isBlank() ? loader.loadBundled() : loader.load(Path.of(dir));
    }

    private AnswerEngine engine() {
        AnswerEngine.warmUpInBackground();
        return new AnswerEngine(loadFacts());
    }
}
