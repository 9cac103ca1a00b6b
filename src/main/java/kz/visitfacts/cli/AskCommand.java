package kz.visitfacts.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import kz.visitfacts.answer.Answer;
import kz.visitfacts.answer.AnswerEngine;
import kz.visitfacts.facts.Language;

/**
 * {@code ask [--json | --explain] [--lang L] QUESTION...}: each argument is one question; without any, one question
 * per input line. {@code --explain} shows why each gets its answer, for curators.
 */
final class AskCommand {
    private final Supplier<AnswerEngine> engine;
    private final PrintStream out;

    AskCommand(Supplier<AnswerEngine> engine, PrintStream out) {
        this.engine = engine;
        this.out = out;
    }

    int run(List<String> args, BufferedReader in) throws UsageException {
        boolean json = false;
        boolean explain = false;
        Optional<Language> lang = Optional.empty();
        List<String> questions = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--json")) {
                json = true;
            } else if (a.equals("--explain")) {
                explain = true;
            } else if (a.equals("--lang")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("--lang needs one of zh, zh-Hant, en, ru, kk, kk-Latn");
                }
                String code = args.get(++i);
                lang = Language.fromCode(code);
                if (lang.isEmpty()) {
                    throw new UsageException("--lang \"" + code + "\" is not one of zh, zh-Hant, en, ru, kk, kk-Latn");
                }
            } else if (a.startsWith("--") && questions.isEmpty()) {
                throw new UsageException("unknown option \"" + a + "\"");
            } else {
                questions.add(a);
            }
        }
        if (json && explain) {
            throw new UsageException("--json and --explain cannot be used together");
        }
        AnswerEngine e = engine.get();
        boolean why = explain;
        if (questions.isEmpty()) {
            try {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (!line.isBlank()) {
                        print(e, line, lang, json, why);
                    }
                }
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        } else {
            for (String q : questions) {
                print(e, q, lang, json, why);
            }
        }
        return 0;
    }

    private void print(AnswerEngine e, String question, Optional<Language> lang, boolean json, boolean explain) {
        if (explain) {
            e.explain(question).lines().forEach(out::println);
            out.println();
            out.flush();
            return;
        }
        Answer a = e.ask(question, lang, Optional.empty(), AnswerEngine.MAX_RESULTS);
        if (json) {
            out.println(AnswerJson.line(e, a));
        } else {
            out.println(AnswerText.render(e, a));
        }
        out.flush();
    }
}
