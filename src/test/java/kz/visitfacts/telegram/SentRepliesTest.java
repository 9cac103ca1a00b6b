package kz.visitfacts.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;

class SentRepliesTest {
    private static final Instant T0 = Instant.parse("2025-09-04T10:00:00Z");

    private static Message message(int id) {
        Message m = new Message();
        m.setMessageId(id);
        m.setChat(new Chat(42L, "private"));
        return m;
    }

    private static SendMessage replyTo(int messageId) {
        return SendMessage.builder().chatId(42L).text("a").replyParameters(ReplyParameters.builder().messageId(messageId).build()).build();
    }

    @Test
    void aReplyCanBeEditedFor48HoursAndNotAfter() {
        Clock[] now = {Clock.fixed(T0, ZoneOffset.UTC)};
        SentReplies sent = new SentReplies(new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0].instant();
            }
        });
        sent.sent(replyTo(7), message(1007));
        sent.sent(SendMessage.builder().chatId(42L).text("no reply to anything").build(), message(1008));
        assertEquals(Optional.of(1007), sent.replyTo(42, 7));
        assertEquals(Optional.empty(), sent.replyTo(43, 7));
        now[0] = Clock.fixed(T0.plus(SentReplies.EDITABLE).minusSeconds(1), ZoneOffset.UTC);
        assertEquals(Optional.of(1007), sent.replyTo(42, 7));
        now[0] = Clock.fixed(T0.plus(SentReplies.EDITABLE).plus(Duration.ofSeconds(1)), ZoneOffset.UTC);
        assertEquals(Optional.empty(), sent.replyTo(42, 7));
    }

    @Test
    void onlyTheMostRecentRepliesAreKept() {
        SentReplies sent = new SentReplies(Clock.fixed(T0, ZoneOffset.UTC));
        for (int i = 0; i <= SentReplies.MAX; i++) {
            sent.sent(replyTo(i), message(100_000 + i));
        }
        assertEquals(Optional.empty(), sent.replyTo(42, 0));
        assertEquals(Optional.of(100_000 + SentReplies.MAX), sent.replyTo(42, SentReplies.MAX));
    }
}
