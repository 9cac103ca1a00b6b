package kz.visitfacts.cli;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import kz.visitfacts.answer.AnswerEngine;
import kz.visitfacts.facts.FactBase;
import kz.visitfacts.facts.FactBaseLoader;
import kz.visitfacts.facts.InvalidFactBaseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Reads the command line (picocli) and runs one command; returns 0 (done), 1 (failed) or 2 (usage error), with
 * every error on standard error. Never exits the JVM.
 */
public final class Cli {
    /** Where to read the fact base from instead of the copy inside the jar. */
    static final String FACTS_DIR_ENV = "VISIT_FACTS_DIR";
    static final String NAME = "visit-facts-bot";
    /** The commands that answer questions, the default one included. */
    private static final Set<String> ANSWERING = Set.of("", "chat", "ask", "run", "eval");

    private final Map<String, String> env;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private CompletableFuture<AnswerEngine> engine;

    public Cli(Map<String, String> env, InputStream in, PrintStream out, PrintStream err) {
        this.env = Map.copyOf(env);
        this.in = in;
        this.out = out;
        this.err = err;
    }

    /** The program itself: without a command it chats. */
    @Command(name = NAME, mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
            description = "Answers questions about Tokayev's September 2025 state visit to China with the exact figures "
                    + "and words of the source: in the terminal, or as a Telegram bot.",
            footer = {"", "Without a command: chat. Exit codes: 0 done, 1 failed, 2 usage error or bad setting.",
                "VISIT_FACTS_DIR=path reads another fact base folder instead of the one in the jar."},
            subcommands = CommandLine.HelpCommand.class)
    private static final class Program implements Callable<Integer> {
        private final Supplier<ChatCommand> chat;

        Program(Supplier<ChatCommand> chat) {
            this.chat = chat;
        }

        @Override
        public Integer call() {
            return chat.get().call();
        }
    }

    public int run(String... args) {
        String first = args.length == 0 ? "" : args[0];
        if (ANSWERING.contains(first)) {
            // The engine is the slowest part of a start: for the commands that answer, it is built from the first
            // moment, while picocli reads the command line (and the bot checks its settings and token).
            engine();
        }
        BufferedReader stdin = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("chat", () -> new ChatCommand(this::answers, stdin, out, err));
        commands.put("ask", () -> new AskCommand(this::answers, stdin, out, err));
        commands.put("run", () -> new RunCommand(env, this::engine, err));
        commands.put("validate", () -> new ValidateCommand(out, err, env.get(FACTS_DIR_ENV)));
        commands.put("draft", () -> new DraftCommand(out));
        commands.put("compare", () -> new CompareCommand(out));
        commands.put("eval", () -> new EvalCommand(this::answers, out));
        commands.put("bench", () -> new BenchCommand(this::loadFacts, out));
        commands.put("unanswered", () -> new UnansweredCommand(out));
        commands.put("cds-training", () -> new BuildCommands.CdsTraining(this::answers, out, err));
        commands.put("analyse-facts", () -> new BuildCommands.AnalyseFacts(err));
        // picocli reads every command's annotations when it is added, ~70 ms for all of them at each start: a
        // command named first is the only one added; help, errors and the default command see them all.
        CommandLine cli = new CommandLine(new Program(() -> new ChatCommand(this::answers, stdin, out, err)));
        commands.forEach((name, command) -> {
            if (!commands.containsKey(first) || name.equals(first)) {
                cli.addSubcommand(name, command.get());
            }
        });
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setParameterExceptionHandler((e, a) -> usageError(e.getCommandLine(), e.getMessage()));
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            if (e instanceof UsageException) {
                return usageError(command, e.getMessage());
            }
            if (e instanceof InvalidFactBaseException) {
                err.println(NAME + ": invalid fact base: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        return cli.execute(args);
    }

    /** One line saying what is wrong, one saying where help is: exit code 2. */
    private int usageError(CommandLine command, String message) {
        err.println(NAME + ": " + message);
        String name = command.getCommandSpec().qualifiedName();
        err.println("usage: " + name + " --help");
        return 2;
    }

    FactBase loadFacts() {
        String dir = env.get(FACTS_DIR_ENV);
        FactBaseLoader loader = new FactBaseLoader();
        return dir == null || dir.isBlank() ? loader.loadBundled() : loader.load(Path.of(dir));
    }

    /** The answer engine, built once on a thread of its own from the first call; it may still be on its way. */
    private synchronized CompletableFuture<AnswerEngine> engine() {
        if (engine == null) {
            engine = AnswerEngine.buildInBackground(() -> {
                AnswerEngine.warmUpInBackground();
                return new AnswerEngine(loadFacts());
            });
        }
        return engine;
    }

    /** The answer engine, once built; its failure (an invalid fact base) is thrown as it was. */
    private AnswerEngine answers() {
        try {
            return engine().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
