package kz.visitfacts.telegram;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Which message of the bot replied to which message of a user, for the last 48 hours: when a user edits a question,
 * the bot edits its reply in place instead of sending another. Only the most recent replies are kept (a bounded map
 * of ids, a few MB at most), in memory: after a restart an edited question is left alone.
 */
final class SentReplies {
    static final Duration EDITABLE = Duration.ofHours(48);
    static final int MAX = 50_000;

    private record Key(long chat, int message) {
    }

    private record Sent(int reply, Instant at) {
    }

    private final Map<Key, Sent> replies = RecentMap.bounded(MAX);
    private final Clock clock;

    SentReplies(Clock clock) {
        this.clock = clock;
    }

    SentReplies() {
        this(Clock.systemUTC());
    }

    /** Called with every call Telegram accepted and its result: remembers the messages sent in reply to one. */
    void sent(BotApiMethod<?> method, Serializable result) {
        if (method instanceof SendMessage s && s.getReplyParameters() != null && s.getReplyParameters().getMessageId() != null
                && result instanceof Message m && m.getMessageId() != null) {
            Long chat = Outbox.chatOf(method);
            if (chat != null) {
                replies.put(new Key(chat, s.getReplyParameters().getMessageId()), new Sent(m.getMessageId(), clock.instant()));
            }
        }
    }

    /** The bot's reply to this message, if it sent one in the last 48 hours. */
    Optional<Integer> replyTo(long chat, int message) {
        Sent s = replies.get(new Key(chat, message));
        return s == null || s.at().plus(EDITABLE).isBefore(clock.instant()) ? Optional.empty() : Optional.of(s.reply());
    }
}
