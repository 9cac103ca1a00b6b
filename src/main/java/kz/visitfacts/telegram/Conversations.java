package kz.visitfacts.telegram;

import java.io.Serializable;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;
import kz.visitfacts.answer.AnswerEngine;
import kz.visitfacts.match.Context;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * What each conversation was just asked, so that its next message may follow up on it: one per person in a chat,
 * and one per answer the bot sent (a reply to an answer continues that answer's conversation, whoever wrote it).
 * Held in memory only, never on disk: a {@link Context} holds analysed terms, not the question's text, and a restart
 * forgets every conversation. Each is kept for {@code ttl} after it was last written, and at most {@code max} of
 * each kind, the least recently used going first.
 *
 * <p>A plain {@link LinkedHashMap} in access order under one lock, not Caffeine: Caffeine's size bound is W-TinyLFU,
 * which keeps old entries seen as often as new ones (of 200 chats asking once with room for 100, it kept 49 of the
 * newest 100), so a burst of new chats would lose the very contexts about to be followed up. Every operation here is
 * a few map lookups, so one lock costs nothing beside matching.
 */
final class Conversations {
    /** Whose conversation a message belongs to: a person in a chat (in a private chat both ids are the person's). */
    record Who(long chat, long user) {
    }

    /** A message in a chat: the bot's answer, or a question whose answer is on its way. Ids are unique within a chat. */
    private record MessageKey(long chat, int message) {
    }

    /** A context and when it was written (System.nanoTime's scale). */
    private record Held(Context context, long at) {
    }

    /** How many locks turns are spread over: two conversations share one only by chance, and then wait a few µs. */
    private static final int STRIPES = 64;

    private final long ttlNanos;
    private final LongSupplier clock;
    private final Map<Who, Held> people;
    /** Contexts by the bot's answer; by the question while its answer is being sent (see {@link #sent}). */
    private final Map<MessageKey, Held> answers;
    private final Object[] stripes = new Object[STRIPES];

    /** {@code clock} reads nanoseconds, as System.nanoTime does; a zero {@code ttl} keeps nothing (every message stands alone). */
    Conversations(Duration ttl, int max, LongSupplier clock) {
        if (ttl.isNegative() || max < 1) {
            throw new IllegalArgumentException("a conversation's time to live must not be negative, and the cap at least 1");
        }
        this.ttlNanos = ttl.toNanos();
        this.clock = clock;
        this.people = bounded(max);
        this.answers = bounded(max);
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Object();
        }
    }

    /** Whether messages are read as follow-ups at all (a zero time to live switches it off). */
    boolean enabled() {
        return ttlNanos > 0;
    }

    /**
     * One message of a conversation: {@code ask} answers it with what the conversation was just asked (null when
     * nothing, or nothing any more), and what its answer leaves is kept for the next, and for a reply to the answer to
     * {@code question} (the message's id) once it is sent. A message that replies to one of
     * the bot's messages ({@code repliedTo}) continues that message's conversation, and nothing when it is not held.
     * Turns of one conversation run one at a time, so two messages handled at once never both read the same context
     * with the one's result lost under the other's.
     */
    AnswerEngine.Turn turn(Who who, Optional<Integer> repliedTo, Optional<Integer> question, Function<Context, AnswerEngine.Turn> ask) {
        synchronized (stripes[Math.floorMod(who.hashCode(), STRIPES)]) {
            Context before;
            synchronized (this) {
                before = repliedTo.isPresent() ? read(answers, new MessageKey(who.chat(), repliedTo.get())) : read(people, who);
            }
            AnswerEngine.Turn turn = ask.apply(before);
            if (enabled()) {
                synchronized (this) {
                    Held now = new Held(turn.context(), clock.getAsLong());
                    people.put(who, now);
                    question.ifPresent(id -> answers.put(new MessageKey(who.chat(), id), now));
                }
            }
            return turn;
        }
    }

    /**
     * The bot's answer {@code answer} in {@code chat} now answers an edited question, read alone: a reply to it
     * follows what it says now.
     */
    void answered(long chat, int answer, Context context) {
        if (enabled()) {
            synchronized (this) {
                answers.put(new MessageKey(chat, answer), new Held(context, clock.getAsLong()));
            }
        }
    }

    /** Forgets a person's conversation (/new, the New topic button): their next message is read alone. */
    synchronized void clear(Who who) {
        people.remove(who);
    }

    /**
     * Called with every call Telegram accepted and its result: an answer sent in reply to a question takes over the
     * question's context under the answer's own message id, which is what a reply to it names.
     */
    void sent(BotApiMethod<?> method, Serializable result) {
        if (method instanceof SendMessage s && s.getReplyParameters() != null && s.getReplyParameters().getMessageId() != null
                && result instanceof Message m && m.getMessageId() != null) {
            Long chat = Outbox.chatOf(method);
            if (chat != null) {
                synchronized (this) {
                    Held waiting = answers.remove(new MessageKey(chat, s.getReplyParameters().getMessageId()));
                    if (waiting != null) {
                        answers.put(new MessageKey(chat, m.getMessageId()), waiting);
                    }
                }
            }
        }
    }

    /** What a person's next message would read (null when nothing), counting as a use of it. */
    synchronized Context context(Who who) {
        return read(people, who);
    }

    /** How many people's conversations are held (some perhaps expired, not yet dropped). */
    synchronized int size() {
        return people.size();
    }

    /** How many answers' contexts are held. */
    synchronized int answersHeld() {
        return answers.size();
    }

    private <K> Context read(Map<K, Held> map, K key) {
        Held held = map.get(key);
        if (held == null) {
            return null;
        }
        if (expired(held)) {
            map.remove(key);
            return null;
        }
        return held.context();
    }

    private boolean expired(Held held) {
        return clock.getAsLong() - held.at() >= ttlNanos;
    }

    /** Least recently used first; past {@code max}, or when the eldest has expired, the eldest goes. */
    private <K> Map<K, Held> bounded(int max) {
        return new LinkedHashMap<>(Math.min(max, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Held> eldest) {
                return size() > max || expired(eldest.getValue());
            }
        };
    }
}
