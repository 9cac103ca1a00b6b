package kz.visitfacts.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import kz.visitfacts.TestFacts;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResult;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/** The whole update handler driven by thousands of random updates, hostile text included: it never throws, and all it sends keeps Telegram's limits. */
class RandomUpdatesTest {
    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final String[] PIECES = {"中哈贸易额", "440亿", "@visit_facts_bot", "@other_bot", "/ask", "/start", "/help@visit_facts_bot",
        "/topics", "/about", "/ask@visit_facts_bot", "<script>", "</b>", "&amp;", "**bold**", "_x_", "`code`", "[link](http://x)",
        "\u202E", "\u200B", "\u0000", "\uFEFF", "😀", "Қазақстан", "Сколько", "trade", " ", "\n", "?", "85%", "1000万吨",
        "x".repeat(300), "贸".repeat(1500), "f|en|trade-2024", "s|ru|99", "\uD83D"};

    private final Random random = new Random(4242);
    private final UpdateHandler handler = new UpdateHandler(TestFacts.engine(), new BotIdentity(FakeBotApi.BOT_ID, FakeBotApi.BOT_USERNAME));

    private String text() {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) {
            if (random.nextInt(4) == 0) {
                sb.appendCodePoint(random.nextInt(0x30000));
            } else {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
        }
        return sb.length() > 5000 ? sb.substring(0, 5000) : sb.toString();
    }

    private String chatType() {
        return new String[] {"private", "group", "supergroup", "channel", "sender"}[random.nextInt(5)];
    }

    private ObjectNode message() {
        ObjectNode m = JSON.createObjectNode();
        m.put("message_id", random.nextInt(100000));
        m.put("date", 1757000000);
        long chat = random.nextBoolean() ? random.nextInt(100000) : -random.nextInt(100000);
        m.putObject("chat").put("id", chat).put("type", chatType());
        if (random.nextInt(5) > 0) {
            m.set("from", FakeBotApi.user(random.nextInt(1000), new String[] {"en", "zh", "zh-hant", "ru", "kk", "fr", "", null}[random.nextInt(8)]));
        }
        if (random.nextInt(6) > 0) {
            m.put("text", text());
        }
        if (random.nextInt(4) == 0) {
            m.putArray("entities").addObject().put("type", random.nextBoolean() ? "mention" : "bot_command")
                    .put("offset", random.nextInt(50) - 5).put("length", random.nextInt(40) - 2);
        }
        if (random.nextInt(4) == 0) {
            ObjectNode replied = m.putObject("reply_to_message");
            replied.put("message_id", 1).put("date", 1757000000).set("chat", m.get("chat"));
            replied.putObject("from").put("id", random.nextBoolean() ? FakeBotApi.BOT_ID : 1).put("is_bot", true).put("first_name", "B");
        }
        if (random.nextInt(10) == 0) {
            m.put("is_topic_message", true).put("message_thread_id", random.nextInt(100));
        }
        if (random.nextInt(12) == 0) {
            m.put("migrate_to_chat_id", -1001234L);
        }
        return m;
    }

    private Update randomUpdate() throws Exception {
        ObjectNode u = JSON.createObjectNode();
        u.put("update_id", random.nextInt(Integer.MAX_VALUE));
        switch (random.nextInt(7)) {
            case 0, 1 -> u.set("message", message());
            case 2 -> u.set("edited_message", message());
            case 3 -> u.set("channel_post", message());
            case 4 -> {
                ObjectNode q = u.putObject("inline_query");
                q.put("id", "q" + random.nextInt());
                q.set("from", FakeBotApi.user(random.nextInt(1000), random.nextBoolean() ? "ru" : null));
                q.put("query", text().substring(0, 0) + (random.nextBoolean() ? text() : ""));
                q.put("offset", new String[] {"", "20", "40", "-1", "abc", "99999", "2147483647"}[random.nextInt(7)]);
            }
            case 5 -> {
                ObjectNode cq = u.putObject("callback_query");
                cq.put("id", "c" + random.nextInt());
                cq.set("from", FakeBotApi.user(random.nextInt(1000), "en"));
                cq.put("chat_instance", "x");
                if (random.nextBoolean()) {
                    cq.put("data", random.nextBoolean() ? text() : new String[] {"f|en|trade-2024", "s|zh|3", "s|en|99", "f|kk|", "||"}[random.nextInt(5)]);
                }
                if (random.nextBoolean()) {
                    cq.set("message", message());
                } else if (random.nextBoolean()) {
                    cq.put("inline_message_id", "im" + random.nextInt());
                }
            }
            default -> u.putObject("something_new_" + random.nextInt(3)).put("x", text());
        }
        return JSON.treeToValue(u, Update.class);
    }

    @Test
    void thousandsOfRandomUpdatesNeverThrowAndEveryReplyKeepsTelegramsLimits() throws Exception {
        int replies = 0;
        for (int i = 0; i < 3000; i++) {
            Update u = randomUpdate();
            Reply reply = handler.handle(u);
            for (BotApiMethod<? extends Serializable> m : reply.calls()) {
                replies++;
                check(m);
            }
        }
        assertTrue(replies > 500, "only " + replies + " replies: the generator is too tame");
    }

    private static void check(BotApiMethod<? extends Serializable> m) throws Exception {
        m.validate();
        if (m instanceof SendMessage s) {
            assertFalse(s.getText().isEmpty());
            assertTrue(s.getText().length() <= HtmlReply.MAX_LENGTH);
            checkKeyboard(s.getReplyMarkup() instanceof InlineKeyboardMarkup k ? k : null);
        } else if (m instanceof EditMessageText e) {
            assertTrue(e.getText().length() <= HtmlReply.MAX_LENGTH);
            checkKeyboard(e.getReplyMarkup());
        } else if (m instanceof AnswerInlineQuery a) {
            assertTrue(a.getResults().size() <= 50);
            Set<String> ids = new HashSet<>();
            for (InlineQueryResult r : a.getResults()) {
                String id = ((InlineQueryResultArticle) r).getId();
                assertTrue(ids.add(id));
                assertTrue(id.getBytes(StandardCharsets.UTF_8).length <= 64);
            }
        }
    }

    private static void checkKeyboard(InlineKeyboardMarkup keyboard) {
        if (keyboard == null) {
            return;
        }
        for (InlineKeyboardRow row : keyboard.getKeyboard()) {
            for (InlineKeyboardButton b : row) {
                assertTrue(b.getCallbackData().getBytes(StandardCharsets.UTF_8).length <= 64);
                assertEquals(b.getCallbackData(), CallbackData.decode(b.getCallbackData()).orElseThrow().encode());
            }
        }
    }
}
