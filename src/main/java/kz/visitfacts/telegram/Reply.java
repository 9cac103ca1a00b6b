package kz.visitfacts.telegram;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import kz.visitfacts.facts.Language;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;

/**
 * What the bot does about one update: the calls to send, what kind of outcome it was (for the log), when
 * nothing answered a question, the question (for the curators), and the language of an answer (for the log
 * and metrics).
 */
record Reply(List<BotApiMethod<? extends Serializable>> calls, Outcome outcome, Optional<Unanswered> unanswered,
             Optional<Language> language) {
    Reply {
        calls = List.copyOf(calls);
    }

    Reply(List<BotApiMethod<? extends Serializable>> calls, Outcome outcome, Optional<Unanswered> unanswered) {
        this(calls, outcome, unanswered, Optional.empty());
    }

    enum Outcome { ANSWERED, NOT_FOUND, COMMAND, INLINE, BUTTON, IGNORED }

    /** A question the fact base could not answer. */
    record Unanswered(Language language, String question) {
    }

    static Reply ignored() {
        return new Reply(List.of(), Outcome.IGNORED, Optional.empty());
    }

}
