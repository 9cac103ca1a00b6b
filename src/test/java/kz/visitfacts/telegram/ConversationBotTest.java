package kz.visitfacts.telegram;

import static kz.visitfacts.telegram.FakeBotApi.callbackQuery;
import static kz.visitfacts.telegram.FakeBotApi.groupMessage;
import static kz.visitfacts.telegram.FakeBotApi.inlineQuery;
import static kz.visitfacts.telegram.FakeBotApi.privateMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import kz.visitfacts.TestFacts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Follow-up questions through the real polling loop and the fake Bot API: whose conversation a message continues,
 * what the answer shows of it, and what makes the bot forget it (time, a restart, /new, the New topic button).
 */
class ConversationBotTest {
    private static final String TRADE = "2024年中哈贸易额是多少？";
    private static final String PLANT = "托卡耶夫通过视频连线启动了什么工厂？";
    /** Asks nothing alone (refused), and the year of whatever figure came before. */
    private static final String WHICH_YEAR = "这个数字是哪年的？";
    /** Asks nothing alone (refused), and the region of whatever came before. */
    private static final String WHICH_REGION = "在哪个州？";
    private static final String ABOUT_TRADE_LINE = "<i>接上文：2024年双边贸易额</i>\n";
    /** "Which year?" after the trade figure: the year its sentence gives, from the fact it followed. */
    private static final String ABOUT_TRADE = ABOUT_TRADE_LINE + "<b>2024年</b>";
    private static final String ABOUT_PLANT = "<i>接上文：江布尔州风电设备零部件厂</i>\n<b>江布尔州风电设备零部件厂</b>";
    private static final String NOT_FOUND = "这篇报道里没有能可靠回答这个问题的内容。";

    private final FakeBotApi api = newApi();
    private final AtomicLong clock = new AtomicLong();
    private TelegramBot bot;

    @TempDir
    Path state;

    private static FakeBotApi newApi() {
        try {
            return new FakeBotApi();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Fast sending (the bursts below are hundreds of messages), no journal on disk, conversations on {@link #clock}. */
    private void start(TestSettings settings) throws Exception {
        bot = TelegramBot.start(new BotConfig(FakeBotApi.TOKEN, api.url()),
                settings.limits(1000, 50, 50, 100).build(), TestFacts::engine, clock::get);
    }

    private void start() throws Exception {
        start(TestSettings.fast());
    }

    @AfterEach
    void stop() {
        FakeBotApi.stop(bot, api);
    }

    /** A private message with its own message id (the fake's helper gives every message of a chat the same one). */
    private static ObjectNode privateText(long chat, int id, String text) {
        ObjectNode u = privateMessage(chat, text, "zh");
        ((ObjectNode) u.get("message")).put("message_id", id);
        return u;
    }

    /** A message replying to the bot's message {@code botMessage}. */
    private static ObjectNode replyingTo(ObjectNode update, int botMessage) {
        ObjectNode m = (ObjectNode) update.get("message");
        ObjectNode replied = m.putObject("reply_to_message");
        replied.put("message_id", botMessage).put("date", 1757000000).put("text", "440亿美元");
        replied.putObject("from").put("id", FakeBotApi.BOT_ID).put("is_bot", true).put("first_name", "Visit Facts")
                .put("username", FakeBotApi.BOT_USERNAME);
        replied.set("chat", m.get("chat"));
        return update;
    }

    /**
     * Pushes an update and returns the bot's next message to {@code chat}, once the update is done: Telegram's answer
     * to the send has been read, so a reply to the bot's message can name it.
     */
    private FakeBotApi.Call ask(long chat, ObjectNode update) throws InterruptedException {
        int before = sentTo(chat).size();
        api.push(update);
        List<FakeBotApi.Call> sent = api.await("sendmessage", c -> c.body().path("chat_id").asLong() == chat, before + 1,
                Duration.ofSeconds(30));
        assertTrue(sent.size() > before, "no reply in chat " + chat + "; calls: " + api.calls());
        settle();
        return sent.get(before);
    }

    private List<FakeBotApi.Call> sentTo(long chat) {
        return api.calls("sendmessage").stream().filter(c -> c.body().path("chat_id").asLong() == chat).toList();
    }

    /** Waits until every update taken on is done (its replies sent and their results read). */
    private void settle() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (bot.waiting() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    /** The id the fake Bot API gave the bot's last message. */
    private int lastSentId() {
        List<Integer> ids = api.sentMessageIds();
        return ids.get(ids.size() - 1);
    }

    @Test
    void aFollowUpInAPrivateChatIsReadWithTheQuestionBeforeAndSaysWhatItFollowed() throws Exception {
        start();
        FakeBotApi.Call first = ask(3001, privateText(3001, 1, TRADE));
        assertTrue(first.text().startsWith("<b>440亿美元</b>"), first.text());
        JsonNode keyboard = first.body().path("reply_markup").path("inline_keyboard");
        JsonNode newTopic = keyboard.get(keyboard.size() - 1).get(0);
        assertEquals("换个话题", newTopic.path("text").asText());
        assertEquals("n|zh|-", newTopic.path("callback_data").asText());
        assertEquals(ABOUT_TRADE, ask(3001, privateText(3001, 3, WHICH_YEAR)).text().substring(0, ABOUT_TRADE.length()));
        // Alone, in another chat, the same words ask nothing the source answers.
        assertTrue(ask(3002, privateText(3002, 1, WHICH_YEAR)).text().startsWith(NOT_FOUND));
        // The line is in the asker's language.
        ask(3003, privateText(3003, 1, "Какой объём торговли между Казахстаном и Китаем в 2024 году?"));
        assertTrue(ask(3003, privateText(3003, 3, "А в каком году?")).text().startsWith("<i>по теме: Товарооборот в 2024 году</i>\n"));
    }

    @Test
    void twoPeopleInOneGroupKeepSeparateConversations() throws Exception {
        start();
        long group = -100_3100;
        ask(group, groupMessage(group, 31, 1, "/ask@visit_facts_bot " + TRADE));
        ask(group, groupMessage(group, 32, 2, "/ask@visit_facts_bot " + PLANT));
        assertTrue(ask(group, groupMessage(group, 31, 5, "/ask@visit_facts_bot " + WHICH_YEAR)).text().startsWith(ABOUT_TRADE));
        assertTrue(ask(group, groupMessage(group, 32, 6, "/ask@visit_facts_bot " + WHICH_REGION)).text().startsWith(ABOUT_PLANT));
    }

    @Test
    void aReplyToAnOlderAnswerContinuesThatAnswer() throws Exception {
        start();
        ask(3201, privateText(3201, 1, TRADE));
        int tradeAnswer = lastSentId();
        ask(3201, privateText(3201, 3, PLANT));
        assertTrue(ask(3201, replyingTo(privateText(3201, 5, WHICH_YEAR), tradeAnswer)).text().startsWith(ABOUT_TRADE));
        // In a group, whoever replies: Bob's own conversation is about the plant, his reply to Ann's answer about trade.
        long group = -100_3200;
        ask(group, groupMessage(group, 31, 1, "/ask@visit_facts_bot " + TRADE));
        int annsAnswer = lastSentId();
        ask(group, groupMessage(group, 32, 3, "/ask@visit_facts_bot " + PLANT));
        assertTrue(ask(group, replyingTo(groupMessage(group, 32, 5, WHICH_YEAR), annsAnswer)).text().startsWith(ABOUT_TRADE));
        assertTrue(ask(group, groupMessage(group, 32, 7, "/ask@visit_facts_bot " + WHICH_REGION)).text().startsWith(ABOUT_TRADE_LINE),
                "Bob's conversation goes on from his reply");
    }

    @Test
    void anEditedQuestionIsReadAloneAndAReplyToItsAnswerFollowsWhatItNowSays() throws Exception {
        start();
        ask(3251, privateText(3251, 1, TRADE));
        int answer = lastSentId();
        ObjectNode edit = privateText(3251, 1, PLANT);
        edit.set("edited_message", edit.remove("message"));
        ((ObjectNode) edit.get("edited_message")).put("edit_date", 1757000100);
        api.push(edit);
        FakeBotApi.Call edited = api.awaitOne("editmessagetext", c -> c.body().path("chat_id").asLong() == 3251);
        assertEquals(answer, edited.body().path("message_id").asInt());
        assertTrue(edited.text().startsWith("<b>江布尔州风电设备零部件厂</b>"), edited.text());
        settle();
        assertTrue(ask(3251, replyingTo(privateText(3251, 3, WHICH_REGION), answer)).text().startsWith(ABOUT_PLANT));
    }

    @Test
    void aConversationExpiresItsTimeAfterTheLastQuestion() throws Exception {
        start();
        ask(3301, privateText(3301, 1, TRADE));
        clock.addAndGet(Duration.ofMinutes(9).toNanos());
        assertTrue(ask(3301, privateText(3301, 3, WHICH_YEAR)).text().startsWith(ABOUT_TRADE), "held nine minutes on");
        clock.addAndGet(Duration.ofMinutes(10).toNanos());
        String late = ask(3301, privateText(3301, 5, WHICH_YEAR)).text();
        assertTrue(late.startsWith(NOT_FOUND), late);
    }

    @Test
    void aRestartForgetsEveryConversation() throws Exception {
        start(TestSettings.fast().state(Optional.of(state)));
        ask(3401, privateText(3401, 1, TRADE));
        bot.stop();
        bot = null;
        start(TestSettings.fast().state(Optional.of(state)));
        String after = ask(3401, privateText(3401, 3, WHICH_YEAR)).text();
        assertTrue(after.startsWith(NOT_FOUND), after);
    }

    @Test
    void newAndTheNewTopicButtonForgetTheConversation() throws Exception {
        start();
        ask(3501, privateText(3501, 1, TRADE));
        FakeBotApi.Call cleared = ask(3501, privateText(3501, 3, "/new"));
        assertEquals("好的，重新开始：下一个问题不接上文。", cleared.text());
        assertTrue(ask(3501, privateText(3501, 5, WHICH_YEAR)).text().startsWith(NOT_FOUND));

        ask(3501, privateText(3501, 7, TRADE));
        api.push(callbackQuery("cb-new", 3501, lastSentId(), "n|zh|-"));
        FakeBotApi.Call pressed = api.awaitOne("answercallbackquery", c -> c.body().path("callback_query_id").asText().equals("cb-new"));
        assertEquals("好的，重新开始：下一个问题不接上文。", pressed.body().path("text").asText());
        settle();
        assertTrue(ask(3501, privateText(3501, 9, WHICH_YEAR)).text().startsWith(NOT_FOUND));
        // A forged button changes nothing.
        ask(3501, privateText(3501, 11, TRADE));
        api.push(callbackQuery("cb-forged", 3501, lastSentId(), "n|zh|everything"));
        assertEquals("This button is no longer valid.", api.awaitOne("answercallbackquery",
                c -> c.body().path("callback_query_id").asText().equals("cb-forged")).body().path("text").asText());
        settle();
        assertTrue(ask(3501, privateText(3501, 13, WHICH_YEAR)).text().startsWith(ABOUT_TRADE));
    }

    @Test
    void inAGroupNewIsTheBotsOnlyWhenAddressedAndForgetsOnlyItsSender() throws Exception {
        start();
        long group = -100_3600;
        ask(group, groupMessage(group, 31, 1, "/ask@visit_facts_bot " + TRADE));
        ask(group, groupMessage(group, 32, 2, "/ask@visit_facts_bot " + TRADE));
        api.push(groupMessage(group, 31, 3, "/new"));
        // A command is answered in the sender's Telegram language (the fake's group members speak English).
        assertEquals("OK, a fresh start: the next question is read on its own.",
                ask(group, groupMessage(group, 32, 4, "/new@visit_facts_bot")).text());
        // The bare /new was some other bot's: Ann's conversation goes on; Bob's is gone.
        assertTrue(ask(group, groupMessage(group, 31, 5, "/ask@visit_facts_bot " + WHICH_YEAR)).text().startsWith(ABOUT_TRADE));
        assertTrue(ask(group, groupMessage(group, 32, 6, "/ask@visit_facts_bot " + WHICH_YEAR)).text().startsWith(NOT_FOUND));
        assertEquals(5, sentTo(group).size(), "the bare /new got no reply");
    }

    @Test
    void newCountsTowardsTheLooserLimitOfQuickActions() throws Exception {
        // Two questions an hour, ten actions at once: a question and three /new are all answered.
        start(TestSettings.fast().flood(2, Duration.ofHours(1)).actions(10, Duration.ofHours(1)));
        ask(3701, privateText(3701, 1, TRADE));
        for (int id = 3; id <= 7; id += 2) {
            String text = ask(3701, privateText(3701, id, "/new")).text();
            assertEquals("好的，重新开始：下一个问题不接上文。", text);
        }
    }

    @Test
    void inlineQueriesHaveNoConversation() throws Exception {
        start();
        // User 777 (the fake's inline asker) asks in private first; inline, the same words are read alone.
        ask(777, privateText(777, 1, TRADE));
        api.push(inlineQuery("q-followup", WHICH_YEAR, "", "zh"));
        JsonNode inline = api.awaitOne("answerinlinequery", c -> c.body().path("inline_query_id").asText().equals("q-followup")).body();
        for (JsonNode r : inline.path("results")) {
            assertFalse(r.path("input_message_content").path("message_text").asText().contains("接上文"), r.toString());
        }
    }

    @Test
    void aBurstOf200ChatsKeepsAll200ConversationsWithinTheCap() throws Exception {
        start(TestSettings.fast().conversations(Duration.ofMinutes(10), 200));
        assertEquals(200, followedUp(200, 200, 0), "every chat's follow-up read with its question");
    }

    @Test
    void pastALowerCapTheLeastRecentlyUsedConversationsGo() throws Exception {
        start(TestSettings.fast().conversations(Duration.ofMinutes(10), 100));
        // Chats 0-99 ask, then 100-199: the first hundred are the least recently used, and go.
        assertEquals(100, followedUp(100, 200, 100), "the newest hundred are held");
    }

    /**
     * Chats 0 .. {@code count} ask about trade, those from {@code split} on after the others have been answered; then
     * each asks {@link #WHICH_YEAR}, the later ones first (a follow-up is a use too, and would push out the others).
     * Returns how many of the follow-ups from {@code expectHeldFrom} on were read with their question, after checking
     * that none before it was.
     */
    private int followedUp(int split, int count, int expectHeldFrom) throws InterruptedException {
        long first = 40_000;
        int[][] phases = {{0, split}, {split, count}};
        for (int[] range : phases) {
            burst(first, range, TRADE);
        }
        int before = api.calls("sendmessage").size();
        burst(first, phases[1], WHICH_YEAR);
        burst(first, phases[0], WHICH_YEAR);
        List<FakeBotApi.Call> all = api.calls("sendmessage");
        assertEquals(before + count, all.size());
        int held = 0;
        for (FakeBotApi.Call c : all.subList(before, all.size())) {
            long chat = c.body().path("chat_id").asLong() - first;
            boolean followed = c.text().startsWith(ABOUT_TRADE);
            if (chat < expectHeldFrom) {
                assertFalse(followed, "chat " + chat + " was to be forgotten: " + c.text());
            } else if (followed) {
                held++;
            }
        }
        return held;
    }

    /** Chats {@code first} + each of {@code range} send {@code text} at once; returns when every one is answered. */
    private void burst(long first, int[] range, String text) throws InterruptedException {
        int before = api.calls("sendmessage").size();
        for (int i = range[0]; i < range[1]; i++) {
            api.push(privateText(first + i, text.equals(TRADE) ? 1 : 3, text));
        }
        api.await("sendmessage", c -> true, before + range[1] - range[0], Duration.ofSeconds(60));
        settle();
    }
}
