package kz.visitfacts.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.Optional;
import java.util.function.Supplier;
import kz.visitfacts.answer.AnswerEngine;
import kz.visitfacts.answer.Messages;
import kz.visitfacts.facts.Fact;
import kz.visitfacts.facts.Language;
import picocli.CommandLine.Command;

/**
 * {@code chat}: questions and answers in the terminal, the same answers the bot gives; no token needed. A line
 * starting with '/' is a command, never a question: /help, /about, /explain QUESTION, quit.
 */
@Command(name = "chat", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Questions and answers in the terminal, the same answers the bot gives; no token needed.",
            "A question may follow up the last one (\"and investment?\"); /new starts afresh.",
            "/explain QUESTION shows why it gets its answer, /about the sources, /help examples; quit or Ctrl-D ends."})
final class ChatCommand implements Callable<Integer> {
    /** How long a question stays the context of the next one, as in the bot. */
    static final java.time.Duration CONTEXT_TTL = java.time.Duration.ofMinutes(10);

    private final Supplier<AnswerEngine> engine;
    private final BufferedReader in;
    private final PrintStream out;
    private final PrintStream err;
    /** What the conversation was just asked, and when; null after /new or at the start. */
    private kz.visitfacts.match.Context context;
    private java.time.Instant contextAt = java.time.Instant.MIN;

    ChatCommand(Supplier<AnswerEngine> engine, BufferedReader in, PrintStream out, PrintStream err) {
        this.engine = engine;
        this.in = in;
        this.out = out;
        this.err = err;
    }

    private void command(AnswerEngine e, String line) {
        String[] parts = line.split("\\s+", 2);
        String name = parts[0].substring(1).toLowerCase(java.util.Locale.ROOT).replaceAll("@.*", "");
        switch (name) {
            case "explain" -> {
                if (parts.length < 2) {
                    out.println("/explain needs a question, e.g. /explain 2024年贸易额");
                } else {
                    e.explain(parts[1], currentContext()).lines().forEach(out::println);
                }
            }
            case "new" -> {
                context = null;
                out.println(Messages.get("context_cleared", Language.EN));
            }
            case "about" -> e.base().sources().forEach(s -> out.println(s.title().in(Language.EN) + " / "
                    + s.title().in(Language.ZH) + " — " + s.date() + ", " + s.compiler() + ", "
                    + e.base().facts().stream().filter(f -> f.source() == s).count() + " facts"));
            case "help", "start" -> {
                out.println(Messages.get("you_can_ask", Language.EN));
                for (Fact f : e.featured().subList(0, Math.min(5, e.featured().size()))) {
                    out.println("  • " + AnswerEngine.label(f, Language.EN) + " / " + AnswerEngine.label(f, Language.ZH));
                }
                out.println("Commands: /about (the sources), /explain QUESTION (why it gets its answer), /new (a fresh start:"
                        + " the next question does not follow up the last), quit");
            }
            default -> out.println("Unknown command " + parts[0] + ": try /help, /about, /explain QUESTION, /new or quit");
        }
    }

    /** The context of the next question: the last one's, unless it is older than {@link #CONTEXT_TTL}. */
    private kz.visitfacts.match.Context currentContext() {
        return contextAt.plus(CONTEXT_TTL).isAfter(java.time.Instant.now()) ? context : null;
    }

    @Override
    public Integer call() {
        AnswerEngine e = engine.get();
        out.println(Messages.get("chat_welcome", Language.EN));
        out.println(Messages.get("chat_welcome", Language.ZH));
        // What the answers come from: every source, by its title, date and compiler.
        for (kz.visitfacts.facts.Source s : e.base().sources()) {
            out.println("  " + Messages.get("source", Language.EN) + ": " + s.title().in(Language.EN) + " · " + s.date() + " · "
                    + s.compiler());
        }
        out.println(Messages.get("you_can_ask", Language.EN));
        for (Fact f : e.featured().subList(0, Math.min(5, e.featured().size()))) {
            out.println("  • " + AnswerEngine.label(f, Language.EN) + " / " + AnswerEngine.label(f, Language.ZH));
        }
        try {
            QuestionLines lines = new QuestionLines(in, err, "chat");
            while (true) {
                out.print("> ");
                out.flush();
                String line = lines.next().orElse(null);
                if (line == null || line.strip().equalsIgnoreCase("quit") || line.strip().equalsIgnoreCase("exit")) {
                    out.println();
                    return 0;
                }
                if (line.strip().startsWith("/")) {
                    command(e, line.strip());
                } else if (!line.isBlank()) {
                    AnswerEngine.Turn turn = e.ask(line, Optional.empty(), Optional.empty(), 5, currentContext());
                    context = turn.context();
                    contextAt = java.time.Instant.now();
                    out.println(AnswerText.render(e, turn.answer()));
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
