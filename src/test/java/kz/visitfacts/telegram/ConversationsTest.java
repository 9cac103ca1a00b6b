package kz.visitfacts.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import kz.visitfacts.TestFacts;
import kz.visitfacts.answer.AnswerEngine;
import kz.visitfacts.match.Context;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/** The conversation store on its own: whose context a message reads, how long, how many, and under several workers. */
class ConversationsTest {
    private static final AnswerEngine ENGINE = TestFacts.engine();
    private static final kz.visitfacts.answer.Answer ANY = ENGINE.ask("x");
    private final AtomicLong clock = new AtomicLong();

    private Conversations store(Duration ttl, int max) {
        return new Conversations(ttl, max, clock::get);
    }

    /** One turn: answers {@code question} with whatever the store gives, and returns the context it read. */
    private static Context ask(Conversations c, Conversations.Who who, Optional<Integer> repliedTo, int id, String question) {
        Context[] read = new Context[1];
        c.turn(who, repliedTo, Optional.of(id), before -> {
            read[0] = before;
            return ENGINE.ask(question, Optional.empty(), Optional.empty(), 4, before);
        });
        return read[0];
    }

    private static Context next(Conversations c, Conversations.Who who) {
        return c.context(who);
    }

    /** A turn that leaves {@code context}, whatever it read: for tests of what is held, not of matching. */
    private static java.util.function.Function<Context, AnswerEngine.Turn> leaving(Context context) {
        return before -> new AnswerEngine.Turn(ANY, context);
    }

    private static Context contextOf(String question) {
        return ENGINE.ask(question, Optional.empty(), Optional.empty(), 4, null).context();
    }

    /** Telegram's answer to a sendMessage that replied to {@code question}: the bot's message {@code answer}. */
    private static void sent(Conversations c, long chat, int question, int answer) {
        SendMessage s = SendMessage.builder().chatId(chat).text("a").replyParameters(ReplyParameters.builder().messageId(question).build()).build();
        Message m = new Message();
        m.setMessageId(answer);
        c.sent(s, m);
    }

    @Test
    void aMessageReadsWhatItsConversationWasJustAskedAndNothingAtTheStart() {
        Conversations c = store(Duration.ofMinutes(10), 100);
        Conversations.Who ann = new Conversations.Who(1, 1);
        assertNull(ask(c, ann, Optional.empty(), 10, "2024年中哈贸易额是多少？"));
        assertEquals("trade-2024", ask(c, ann, Optional.empty(), 12, "是哪年的？").topic().orElseThrow().id());
    }

    @Test
    void twoPeopleInOneChatEachHaveTheirOwn() {
        Conversations c = store(Duration.ofMinutes(10), 100);
        Conversations.Who ann = new Conversations.Who(-100, 1);
        Conversations.Who bob = new Conversations.Who(-100, 2);
        ask(c, ann, Optional.empty(), 10, "2024年中哈贸易额是多少？");
        ask(c, bob, Optional.empty(), 11, "托卡耶夫通过视频连线启动了什么工厂？");
        assertEquals("trade-2024", next(c, ann).topic().orElseThrow().id());
        assertEquals("zhambyl-wind-equipment-plant", next(c, bob).topic().orElseThrow().id());
    }

    @Test
    void aReplyToAnAnswerReadsThatAnswersContextOnceItIsSentAndNothingWhenItIsNotHeld() {
        Conversations c = store(Duration.ofMinutes(10), 100);
        Conversations.Who ann = new Conversations.Who(5, 5);
        ask(c, ann, Optional.empty(), 10, "2024年中哈贸易额是多少？");
        sent(c, 5, 10, 11);
        ask(c, ann, Optional.empty(), 12, "托卡耶夫通过视频连线启动了什么工厂？");
        sent(c, 5, 12, 13);
        assertEquals("trade-2024", ask(c, ann, Optional.of(11), 14, "是哪年的？").topic().orElseThrow().id());
        assertEquals("zhambyl-wind-equipment-plant", ask(c, ann, Optional.of(13), 15, "在哪个州？").topic().orElseThrow().id());
        // The bot's welcome, or an answer from before a restart: nothing to follow, not the person's latest.
        assertNull(ask(c, ann, Optional.of(99), 16, "是哪年的？"));
        assertEquals(2 + 3, c.answersHeld(), "two answers sent, three questions whose answers are not yet");
    }

    @Test
    void aConversationExpiresItsTimeAfterItWasLastWritten() {
        Conversations c = store(Duration.ofMinutes(10), 100);
        Conversations.Who ann = new Conversations.Who(1, 1);
        ask(c, ann, Optional.empty(), 10, "2024年中哈贸易额是多少？");
        sent(c, 1, 10, 11);
        clock.addAndGet(Duration.ofMinutes(10).minusNanos(1).toNanos());
        assertNotNull(next(c, ann), "still held a nanosecond before its time");
        clock.addAndGet(Duration.ofMinutes(10).toNanos());
        assertNull(next(c, ann));
        assertNull(ask(c, ann, Optional.of(11), 12, "是哪年的？"), "a reply to an answer expires with it");
    }

    @Test
    void aZeroTimeToLiveReadsEveryMessageAlone() {
        Conversations c = store(Duration.ZERO, 100);
        Conversations.Who ann = new Conversations.Who(1, 1);
        ask(c, ann, Optional.empty(), 10, "2024年中哈贸易额是多少？");
        assertNull(next(c, ann));
        assertTrue(!c.enabled());
        assertEquals(0, c.size());
    }

    @Test
    void clearForgetsOnlyThatPersonsConversation() {
        Conversations c = store(Duration.ofMinutes(10), 100);
        Conversations.Who ann = new Conversations.Who(-100, 1);
        Conversations.Who bob = new Conversations.Who(-100, 2);
        ask(c, ann, Optional.empty(), 10, "2024年中哈贸易额是多少？");
        ask(c, bob, Optional.empty(), 11, "2024年中哈贸易额是多少？");
        c.clear(ann);
        assertNull(next(c, ann));
        assertNotNull(next(c, bob));
    }

    @Test
    void pastTheCapTheLeastRecentlyUsedConversationGoesFirst() {
        Conversations c = store(Duration.ofMinutes(10), 100);
        Context trade = contextOf("2024年中哈贸易额是多少？");
        for (int i = 0; i < 100; i++) {
            c.turn(new Conversations.Who(i, i), Optional.empty(), Optional.of(1), leaving(trade));
        }
        // The oldest, used again, is the most recent now: 99 new chats push out the 99 others.
        assertSame(trade, next(c, new Conversations.Who(0, 0)));
        for (int i = 100; i < 199; i++) {
            c.turn(new Conversations.Who(i, i), Optional.empty(), Optional.of(1), leaving(trade));
            assertTrue(c.size() <= 100);
        }
        assertEquals(100, c.size());
        assertSame(trade, next(c, new Conversations.Who(0, 0)), "the oldest, used again, is held");
        assertNull(next(c, new Conversations.Who(1, 1)), "the least recently used went first");
        assertNull(next(c, new Conversations.Who(99, 99)));
        assertSame(trade, next(c, new Conversations.Who(198, 198)), "the newest are held");
    }

    @Test
    void aHundredThousandChatsHoldNoMoreThanTheCap() {
        Conversations c = store(Duration.ofMinutes(10), 5000);
        Context trade = contextOf("2024年中哈贸易额是多少？");
        for (int i = 0; i < 100_000; i++) {
            c.turn(new Conversations.Who(i, i), Optional.empty(), Optional.of(i), leaving(trade));
            sent(c, i, i, i + 1);
            assertTrue(c.size() <= 5000 && c.answersHeld() <= 5000, "over the cap at chat " + i);
        }
        assertEquals(5000, c.size());
        assertEquals(5000, c.answersHeld());
    }

    @Test
    void turnsOfOneConversationRunOneAtATimeSoNoneIsLost() throws Exception {
        Conversations c = store(Duration.ofMinutes(10), 100);
        Conversations.Who ann = new Conversations.Who(1, 1);
        // Which context each turn read: each turn's result must be read by at most one later turn.
        Map<Context, Integer> readBy = Collections.synchronizedMap(new IdentityHashMap<>());
        AtomicLong fresh = new AtomicLong();
        ExecutorService workers = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                done.add(workers.submit(() -> c.turn(ann, Optional.empty(), Optional.empty(), before -> {
                    if (before == null) {
                        fresh.incrementAndGet();
                    } else {
                        readBy.merge(before, 1, Integer::sum);
                    }
                    return ENGINE.ask("2024年中哈贸易额是多少？", Optional.empty(), Optional.empty(), 4, before);
                })));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            workers.shutdownNow();
        }
        assertEquals(1, fresh.get(), "only the first turn starts afresh");
        assertTrue(readBy.values().stream().allMatch(n -> n == 1), "two turns read the same context: " + readBy.values());
    }

    @Test
    void manyWorkersOnManyConversationsKeepTheStoreWhole() throws Exception {
        Conversations c = store(Duration.ofMinutes(10), 100);
        Context trade = contextOf("2024年中哈贸易额是多少？");
        ExecutorService workers = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                int base = w * 10_000;
                done.add(workers.submit(() -> {
                    for (int i = 0; i < 5000; i++) {
                        Conversations.Who who = new Conversations.Who(base + i % 300, 1);
                        c.turn(who, Optional.of(i), Optional.of(i), leaving(trade));
                        sent(c, who.chat(), i, i + 1);
                        if (i % 7 == 0) {
                            c.clear(who);
                        }
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            workers.shutdownNow();
        }
        assertEquals(100, c.size());
        assertEquals(100, c.answersHeld());
    }
}
