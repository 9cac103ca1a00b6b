package kz.visitfacts.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import kz.visitfacts.answer.Answer;
import kz.visitfacts.answer.AnswerEngine;
import kz.visitfacts.facts.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ask [--json | --explain] [--lang L] [--conversation] QUESTION...}: each argument is one question; without any,
 * one question per input line. {@code --explain} shows why each gets its answer, for curators. With
 * {@code --conversation}, consecutive questions form one conversation (each may follow up the one before) and an
 * empty line (or argument) starts a new one.
 */
@Command(name = "ask", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Answers each argument as one question (quote a question of several words), or each line of standard input.")
final class AskCommand implements Callable<Integer> {
    private final Supplier<AnswerEngine> engine;
    private final BufferedReader in;
    private final PrintStream out;
    private final PrintStream err;

    @Option(names = "--json", description = "One JSON line per question: query, lang, answered, results "
            + "(id, figure, quote, paragraph, statement, score, source; the first also alsoReportedBy and otherFigures); "
            + "refused: suggestions (id, label, figure) and, for a claim the source does not make, related; followedUp.")
    private boolean json;

    @Option(names = "--explain", description = "Why each question gets its answer, step by step (for curators).")
    private boolean explain;

    @Option(names = "--lang", paramLabel = "LANG", converter = LanguageOption.class,
            description = "Answer in this language (" + LanguageOption.CODES + ") instead of the question's.")
    private Language lang;

    @Option(names = "--conversation", description = "Consecutive questions form one conversation, each read as a possible "
            + "follow-up to the one before (as in a chat); an empty line or argument starts a new conversation.")
    private boolean conversation;

    /** What the conversation so far leaves for the next question; null at its start and without --conversation. */
    private kz.visitfacts.match.Context context;

    @Parameters(paramLabel = "QUESTION", arity = "0..*", description = "The questions; none: read them from standard input.")
    private List<String> questions = new ArrayList<>();

    AskCommand(Supplier<AnswerEngine> engine, BufferedReader in, PrintStream out, PrintStream err) {
        this.engine = engine;
        this.in = in;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws UsageException {
        if (json && explain) {
            throw new UsageException("--json and --explain cannot be used together");
        }
        AnswerEngine e = engine.get();
        Optional<Language> language = Optional.ofNullable(lang);
        if (questions.isEmpty()) {
            try {
                QuestionLines lines = new QuestionLines(in, err, "ask");
                for (Optional<String> line = lines.next(); line.isPresent(); line = lines.next()) {
                    if (!line.get().isBlank()) {
                        print(e, line.get(), language, json, explain);
                    } else {
                        context = null;
                    }
                }
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        } else {
            for (String q : questions) {
                if (q.isBlank()) {
                    context = null;
                } else {
                    print(e, q, language, json, explain);
                }
            }
        }
        return 0;
    }

    private void print(AnswerEngine e, String question, Optional<Language> lang, boolean json, boolean explain) {
        if (explain) {
            e.explain(question, context).lines().forEach(out::println);
            out.println();
            out.flush();
        }
        AnswerEngine.Turn turn = e.ask(question, lang, Optional.empty(), AnswerEngine.MAX_RESULTS, context);
        context = conversation ? turn.context() : null;
        if (explain) {
            return;
        }
        Answer a = turn.answer();
        if (json) {
            out.println(AnswerJson.line(e, a));
        } else {
            out.println(AnswerText.render(e, a));
        }
        out.flush();
    }
}
