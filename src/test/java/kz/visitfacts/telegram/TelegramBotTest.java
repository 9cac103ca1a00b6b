package kz.visitfacts.telegram;

import static kz.visitfacts.telegram.FakeBotApi.callbackQuery;
import static kz.visitfacts.telegram.FakeBotApi.groupMessage;
import static kz.visitfacts.telegram.FakeBotApi.inlineQuery;
import static kz.visitfacts.telegram.FakeBotApi.privateMessage;
import static kz.visitfacts.telegram.FakeBotApi.raw;
import static kz.visitfacts.telegram.FakeBotApi.replyingToBot;
import static kz.visitfacts.telegram.FakeBotApi.withEntity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.visitfacts.TestFacts;
import kz.visitfacts.answer.AnswerEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real TelegramBots client and long-polling loop against a fake Bot API on 127.0.0.1, over the project's fact base
 * ({@link TelegramBotWithAddedSourcesTest} runs every behaviour again with a source of each language added).
 */
class TelegramBotTest {
    private FakeBotApi api;
    private TelegramBot bot;

    /** The answer engine the bot runs on. */
    AnswerEngine engine() {
        return TestFacts.engine();
    }

    @BeforeEach
    void start() throws Exception {
        api = new FakeBotApi();
        // With the health server, so /metrics counts what every test does.
        bot = TelegramBot.start(new BotConfig(FakeBotApi.TOKEN, api.url()),
                TestSettings.fast().health(0, Duration.ofSeconds(90)).build(), this::engine);
    }

    @AfterEach
    void stop() {
        FakeBotApi.stop(bot, api);
    }

    private static boolean toChat(FakeBotApi.Call c, long chatId) {
        return c.body().path("chat_id").asLong() == chatId;
    }

    @Test
    void startsByCheckingTheTokenAndRegisteringLocalizedCommands() throws Exception {
        assertEquals(FakeBotApi.BOT_USERNAME, bot.username());
        assertEquals(FakeBotApi.TOKEN, api.tokenSeen());
        // The menu is set once polling runs, off the path to the first answer.
        List<FakeBotApi.Call> commands = api.await("setmycommands", c -> true, 4, Duration.ofSeconds(10));
        assertEquals(4, commands.size());
        Set<String> languages = new HashSet<>();
        for (FakeBotApi.Call c : commands) {
            languages.add(c.body().path("language_code").asText("default"));
            assertEquals(List.of("start", "help", "topics", "about", "ask", "new"),
                    c.body().get("commands").findValuesAsText("command"));
        }
        assertEquals(Set.of("default", "zh", "ru", "kk"), languages);
    }

    @Test
    void startsBySettingTheDescriptionsInEveryLanguageOfTheMenuFromTheFactBase() throws Exception {
        List<FakeBotApi.Call> long_ = api.await("setmydescription", c -> true, 4, Duration.ofSeconds(10));
        List<FakeBotApi.Call> short_ = api.await("setmyshortdescription", c -> true, 4, Duration.ofSeconds(10));
        Map<String, String> descriptions = new HashMap<>();
        long_.forEach(c -> descriptions.put(c.body().path("language_code").asText("default"), c.body().path("description").asText()));
        Map<String, String> shorts = new HashMap<>();
        short_.forEach(c -> shorts.put(c.body().path("language_code").asText("default"), c.body().path("short_description").asText()));
        assertEquals(Set.of("default", "zh", "ru", "kk"), descriptions.keySet());
        assertEquals(Set.of("default", "zh", "ru", "kk"), shorts.keySet());
        for (kz.visitfacts.facts.Source s : engine().base().sources()) {
            assertTrue(descriptions.get("default").contains(s.title().in(kz.visitfacts.facts.Language.EN) + " (" + s.date() + ")"),
                    descriptions.get("default"));
            assertTrue(descriptions.get("zh").contains(s.title().in(kz.visitfacts.facts.Language.ZH)), descriptions.get("zh"));
        }
        assertTrue(descriptions.get("ru").contains("точной цифрой"), descriptions.get("ru"));
        assertTrue(shorts.get("default").startsWith("Exact figures and quotes: "), shorts.get("default"));
        descriptions.values().forEach(d -> assertTrue(d.length() <= 512, d));
        shorts.values().forEach(d -> assertTrue(d.length() <= 120, d));
    }

    @Test
    void privateQuestionIsAnsweredWithTheFigureAndTheSourceParagraph() throws Exception {
        api.push(privateMessage(1001, "中哈两国2024年的贸易额有多少？", "zh"));
        FakeBotApi.Call reply = api.awaitOne("sendmessage", c -> toChat(c, 1001));
        JsonNode b = reply.body();
        assertEquals("html", b.get("parse_mode").asText().toLowerCase());
        assertTrue(b.path("link_preview_options").path("is_disabled").asBoolean());
        assertEquals(1002, b.path("reply_parameters").path("message_id").asInt());
        String text = b.get("text").asText();
        assertTrue(text.startsWith("<b>440亿美元</b>\n2024年中哈双边贸易额达440亿美元。"), text);
        assertTrue(text.contains("<blockquote expandable>访华之初"), text);
        assertTrue(text.contains("<b><u>440亿美元</u></b>"), text);
        assertTrue(text.contains("2025-09-03") && text.contains("木合塔尔·木拉提"), text);
        assertTrue(text.length() <= 4096);
        assertTrue(b.path("reply_markup").path("inline_keyboard").size() > 0);
        for (JsonNode row : b.path("reply_markup").path("inline_keyboard")) {
            assertTrue(row.get(0).get("callback_data").asText().getBytes().length <= 64);
        }
    }

    @Test
    void replyLanguageFollowsTheQuestionAndTheUsersSetting() throws Exception {
        api.push(privateMessage(1101, "Сколько документов подписали на саммите?", "en"));
        api.push(privateMessage(1102, "85%", "kk"));
        assertTrue(api.awaitOne("sendmessage", c -> toChat(c, 1101)).text().contains("подписано 20 документов"));
        assertTrue(api.awaitOne("sendmessage", c -> toChat(c, 1102)).text().contains("Қытай мен Еуропа"));
    }

    @Test
    void aQuestionInLatinKazakhIsAnsweredInLatinKazakh() throws Exception {
        api.push(privateMessage(1151, "Qytai 2005 jyldan berı Qazaqstanğa qanşa investitsiia saldy?", "kk"));
        JsonNode b = api.awaitOne("sendmessage", c -> toChat(c, 1151)).body();
        String statement = b.get("text").asText().split("\n")[1];
        assertFalse(statement.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC), statement);
        assertTrue(b.path("reply_markup").path("inline_keyboard").get(0).get(0).get("callback_data").asText().startsWith("f|kk-Latn|"));
    }

    @Test
    void hostileTextIsEscapedAndNeverBreaksTheHtml() throws Exception {
        api.push(privateMessage(1201, "<b>中哈两国2024年的贸易额有多少？</b>", "zh"));
        api.push(privateMessage(1202, "<a href=\"x\">joke</a> & <i>", "en"));
        String answered = api.awaitOne("sendmessage", c -> toChat(c, 1201)).text();
        assertTrue(answered.startsWith("<b>440亿美元</b>"));
        assertFalse(answered.contains("<script>"));
        String refused = api.awaitOne("sendmessage", c -> toChat(c, 1202)).text();
        assertFalse(refused.contains("<a "), refused);
        assertFalse(refused.contains("<i>"), refused);
    }

    @Test
    void notFoundIsHonestAndOffersQuestionsAsButtons() throws Exception {
        api.push(privateMessage(1301, "Tell me a joke", "en"));
        JsonNode b = api.awaitOne("sendmessage", c -> toChat(c, 1301)).body();
        assertTrue(b.get("text").asText().startsWith("The source has nothing that reliably answers that."));
        JsonNode keyboard = b.path("reply_markup").path("inline_keyboard");
        // Two or three questions it can answer, then New topic.
        assertTrue(keyboard.size() >= 3 && keyboard.size() <= 4, keyboard.toString());
        assertTrue(keyboard.get(0).get(0).get("callback_data").asText().startsWith("f|en|"));
        assertEquals("n|en|-", keyboard.get(keyboard.size() - 1).get(0).get("callback_data").asText());
    }

    @Test
    void everyCommandAnswers() throws Exception {
        api.push(privateMessage(1401, "/start", "ru"));
        api.push(privateMessage(1402, "/help", "zh"));
        api.push(privateMessage(1403, "/topics", "en"));
        api.push(privateMessage(1404, "/about", "en"));
        api.push(privateMessage(1405, "/ask 1000万吨", "en"));
        api.push(privateMessage(1406, "/start trade-2024", "en"));
        api.push(privateMessage(1407, "/ask", "en"));
        assertTrue(api.awaitOne("sendmessage", c -> toChat(c, 1401)).text().startsWith("Здравствуйте!"));
        assertTrue(api.awaitOne("sendmessage", c -> toChat(c, 1402)).text().contains("@visit_facts_bot 贸易"));
        JsonNode topics = api.awaitOne("sendmessage", c -> toChat(c, 1403)).body();
        assertEquals(engine().base().sources().stream().mapToInt(s -> s.sections().size()).sum(),
                topics.path("reply_markup").path("inline_keyboard").size());
        assertEquals("s|en|0", topics.path("reply_markup").path("inline_keyboard").get(0).get(0).get("callback_data").asText());
        String about = api.awaitOne("sendmessage", c -> toChat(c, 1404)).text();
        for (kz.visitfacts.facts.Source s : engine().base().sources()) {
            long facts = engine().base().facts().stream().filter(f -> f.source().equals(s)).count();
            assertTrue(about.contains(s.date().toString()) && about.contains(s.compiler()) && about.contains("Facts: " + facts), about);
        }
        assertTrue(api.awaitOne("sendmessage", c -> toChat(c, 1405)).text().startsWith("<b>1000万吨</b>"));
        assertTrue(api.awaitOne("sendmessage", c -> toChat(c, 1406)).text().startsWith("<b>440亿美元</b>"));
        assertTrue(api.awaitOne("sendmessage", c -> toChat(c, 1407)).text().startsWith("Write your question after /ask"));
    }

    @Test
    void inGroupsTheBotAnswersOnlyWhenAddressed() throws Exception {
        long group = -100777;
        api.push(groupMessage(group, 5, 11, "中哈两国2024年的贸易额有多少？"));
        api.push(withEntity(groupMessage(group, 5, 12, "@visit_facts_bot 10 million tonnes — what is that about?"), "mention", 0, 16));
        api.push(replyingToBot(groupMessage(group, 6, 13, "85%")));
        api.push(groupMessage(group, 7, 14, "/ask@visit_facts_bot 天津宣言"));
        api.push(groupMessage(group, 7, 15, "/help@some_other_bot"));
        api.push(groupMessage(group, 7, 16, "/stats"));
        // Commands that name no bot are some other bot's, unless they reply to this one.
        api.push(groupMessage(group, 8, 17, "/topics"));
        api.push(groupMessage(group, 8, 18, "/ask 天津宣言"));
        api.push(groupMessage(group, 8, 19, "/start trade-2024"));
        api.push(replyingToBot(groupMessage(group, 8, 20, "/help")));
        List<FakeBotApi.Call> replies = api.await("sendmessage", c -> toChat(c, group), 4, Duration.ofSeconds(10));
        // Give any wrongly answered message time to show up before counting.
        Thread.sleep(500);
        replies = api.calls("sendmessage").stream().filter(c -> toChat(c, group)).toList();
        Map<Integer, String> byReplyTo = new HashMap<>();
        replies.forEach(c -> byReplyTo.put(c.body().path("reply_parameters").path("message_id").asInt(), c.text()));
        assertEquals(Set.of(12, 13, 14, 20), byReplyTo.keySet(), byReplyTo.toString());
        assertTrue(byReplyTo.get(20).contains("@visit_facts_bot"), byReplyTo.get(20));
        assertTrue(byReplyTo.get(12).startsWith("<b>1000万吨</b>"));
        assertTrue(byReplyTo.get(13).startsWith("<b>85%</b>"));
        assertTrue(byReplyTo.get(14).contains("《天津宣言》"));
    }

    @Test
    void inlineQueriesListFactsInTheQuerysLanguage() throws Exception {
        api.push(inlineQuery("q-zh", "贸易", "", "zh"));
        api.push(inlineQuery("q-en", "trade", "", "en"));
        api.push(inlineQuery("q-ru", "товарооборот", "", "ru"));
        api.push(inlineQuery("q-empty", "", "", "ru"));
        api.push(inlineQuery("q-none", "日本首相是谁", "", "zh"));
        JsonNode zh = api.awaitOne("answerinlinequery", c -> c.body().path("inline_query_id").asText().equals("q-zh")).body();
        JsonNode first = zh.get("results").get(0);
        assertEquals("article", first.get("type").asText());
        assertEquals("trade-2024", first.get("id").asText());
        assertTrue(first.get("title").asText().startsWith("440亿美元 — "));
        assertEquals("html", first.path("input_message_content").path("parse_mode").asText().toLowerCase());
        assertTrue(first.path("input_message_content").path("message_text").asText().startsWith("<b>440亿美元</b>"));
        assertEquals(UpdateHandler.INLINE_CACHE_SECONDS, zh.get("cache_time").asInt());
        assertEquals("help", zh.path("button").path("start_parameter").asText());

        JsonNode en = api.awaitOne("answerinlinequery", c -> c.body().path("inline_query_id").asText().equals("q-en")).body();
        assertTrue(en.get("results").get(0).get("title").asText().contains("Bilateral trade"));
        JsonNode ru = api.awaitOne("answerinlinequery", c -> c.body().path("inline_query_id").asText().equals("q-ru")).body();
        assertTrue(ru.get("results").get(0).get("title").asText().contains("товарооборот"));
        JsonNode empty = api.awaitOne("answerinlinequery", c -> c.body().path("inline_query_id").asText().equals("q-empty")).body();
        assertEquals(Math.min(UpdateHandler.INLINE_PAGE, engine().featured().size()), empty.get("results").size());
        assertTrue(empty.path("is_personal").asBoolean());
        JsonNode none = api.awaitOne("answerinlinequery", c -> c.body().path("inline_query_id").asText().equals("q-none")).body();
        assertEquals(0, none.get("results").size());
        assertEquals("没有找到，请换个说法", none.path("button").path("text").asText());
    }

    @Test
    void inlineResultsArePaged() throws Exception {
        // The empty query lists the headline facts: more than one page of them.
        api.push(inlineQuery("p1", "", "", "zh"));
        JsonNode page1 = api.awaitOne("answerinlinequery", c -> c.body().path("inline_query_id").asText().equals("p1")).body();
        assertEquals(UpdateHandler.INLINE_PAGE, page1.get("results").size());
        assertEquals("20", page1.get("next_offset").asText());
        api.push(inlineQuery("p2", "", "20", "zh"));
        JsonNode page2 = api.awaitOne("answerinlinequery", c -> c.body().path("inline_query_id").asText().equals("p2")).body();
        assertEquals(engine().featured().size() - UpdateHandler.INLINE_PAGE, page2.get("results").size());
        assertEquals("", page2.path("next_offset").asText());
        Set<String> ids = new HashSet<>(page1.get("results").findValuesAsText("id"));
        for (String id : page2.get("results").findValuesAsText("id")) {
            assertTrue(ids.add(id), "repeated " + id);
        }
    }

    @Test
    void buttonsAnswerTheCallbackAndShowTheFact() throws Exception {
        api.push(callbackQuery("cb-1", 1501, 55, "f|ru|trans-caspian-10-million-tonnes"));
        api.push(callbackQuery("cb-2", 1502, 56, "s|en|4"));
        api.push(callbackQuery("cb-3", 1503, 57, "f|xx|no-such-fact; DROP TABLE"));
        api.push(callbackQuery("cb-4", 1504, 58, "f|en|no-such-fact"));
        assertNotNull(api.awaitOne("answercallbackquery", c -> c.body().path("callback_query_id").asText().equals("cb-1")));
        assertTrue(api.awaitOne("sendmessage", c -> toChat(c, 1501)).text().contains("10 млн тонн"));
        FakeBotApi.Call topic = api.awaitOne("editmessagetext", c -> toChat(c, 1502));
        assertEquals(56, topic.body().path("message_id").asInt());
        assertTrue(topic.text().contains("$15 billion in deals"), topic.text());
        for (String id : List.of("cb-3", "cb-4")) {
            FakeBotApi.Call answered = api.awaitOne("answercallbackquery", c -> c.body().path("callback_query_id").asText().equals(id));
            assertEquals("This button is no longer valid.", answered.body().path("text").asText());
        }
        Thread.sleep(300);
        assertTrue(api.calls("sendmessage").stream().noneMatch(c -> toChat(c, 1503) || toChat(c, 1504)));
    }

    @Test
    void updatesOfOtherKindsAreIgnoredAndPollingGoesOn() throws Exception {
        api.push(raw("{\"message\": {\"message_id\": 1, \"date\": 1757000000, \"chat\": {\"id\": 1601, \"type\": \"private\"},"
                + " \"sticker\": {\"file_id\": \"s\", \"file_unique_id\": \"u\", \"type\": \"regular\", \"width\": 1, \"height\": 1,"
                + " \"is_animated\": false, \"is_video\": false}}}"));
        api.push(raw("{\"message\": {\"message_id\": 2, \"date\": 1757000000, \"chat\": {\"id\": 1602, \"type\": \"private\"},"
                + " \"photo\": [{\"file_id\": \"p\", \"file_unique_id\": \"q\", \"width\": 1, \"height\": 1}]}}"));
        api.push(raw("{\"edited_message\": {\"message_id\": 3, \"date\": 1757000000, \"edit_date\": 1757000001,"
                + " \"chat\": {\"id\": 1603, \"type\": \"private\"}, \"text\": \"中哈贸易额\"}}"));
        api.push(raw("{\"channel_post\": {\"message_id\": 4, \"date\": 1757000000, \"chat\": {\"id\": -1001604, \"type\": \"channel\"},"
                + " \"text\": \"中哈贸易额\"}}"));
        api.push(raw("{\"some_future_update\": {\"id\": 5, \"anything\": [1, 2, 3]}}"));
        api.push(raw("{\"message\": {\"message_id\": 6, \"date\": 1757000000, \"chat\": {\"id\": -1001606, \"type\": \"supergroup\"},"
                + " \"migrate_to_chat_id\": -1001607}}"));
        api.push(privateMessage(1609, "天津宣言", "zh"));
        assertTrue(api.awaitOne("sendmessage", c -> toChat(c, 1609)).text().contains("《天津宣言》"));
        assertEquals(1, api.calls("sendmessage").size(), api.calls().toString());
    }

    @Test
    void aBurstOf200QuestionsFrom200ChatsIsAnsweredExactlyOnceEach() throws Exception {
        // One 429 on the way, as Telegram would answer a bot past its limits.
        api.fault("sendmessage", FakeBotApi.Fault.tooManyRequests(1));
        String[] questions = {"中哈贸易额", "Chinese investment since 2005", "Сколько документов подписали на саммите?", "85%", "免签"};
        for (int i = 0; i < 200; i++) {
            api.push(privateMessage(20_000 + i, questions[i % questions.length], "en"));
        }
        List<FakeBotApi.Call> replies = api.await("sendmessage", c -> true, 200, Duration.ofSeconds(30));
        Thread.sleep(500);
        replies = api.calls("sendmessage");
        assertEquals(200, replies.size());
        Set<Long> chats = new HashSet<>();
        for (FakeBotApi.Call c : replies) {
            assertTrue(chats.add(c.body().path("chat_id").asLong()), "answered twice: " + c.body().path("chat_id"));
            assertTrue(c.text().startsWith("<b>"), c.text());
        }
        assertEquals(200, chats.size());

        // What /metrics says after it: every update counted once, by type and outcome, and every call.
        Map<String, Double> m = Metrics.scrape(bot.healthPort());
        assertEquals(200, m.get("visitfacts_updates_received_total{type=\"message\"}"), m.toString());
        assertEquals(200, m.get("visitfacts_updates_handled_total{outcome=\"answered\"}"), m.toString());
        assertEquals(201, m.get("visitfacts_bot_api_calls_total{method=\"sendmessage\",outcome=\"ok\"}")
                + m.get("visitfacts_bot_api_calls_total{method=\"sendmessage\",outcome=\"rate_limited\"}"), m.toString());
        assertEquals(1, m.get("visitfacts_bot_api_calls_total{method=\"sendmessage\",outcome=\"rate_limited\"}"), m.toString());
        assertEquals(200, m.get("visitfacts_reply_seconds_count"), m.toString());
        assertEquals(200, m.get("visitfacts_matching_seconds_count"), m.toString());
        assertEquals(200, m.get("visitfacts_reply_seconds_bucket{le=\"+Inf\"}"), m.toString());
        assertEquals(0, m.get("visitfacts_send_queue"), m.toString());
        assertEquals(engine().base().facts().size(), m.get("visitfacts_facts"), m.toString());
        assertEquals(1, m.get("visitfacts_fact_base_info{fingerprint=\"" + engine().base().fingerprint() + "\"}"), m.toString());
        assertEquals(1, m.get("visitfacts_build_info{version=\"" + TelegramBot.TEST_VERSION + "\"}"), m.toString());
        assertEquals(null, m.get("visitfacts_updates_handled_total{outcome=\"throttled\"}"), m.toString());
    }

    /** Waits until every update taken on is done: its replies sent and Telegram's answers to them read. */
    private void settle() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (bot.waiting() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(0, bot.waiting(), "updates still being handled");
    }

    @Test
    void anEditedQuestionEditsTheBotsReplyInPlace() throws Exception {
        api.push(privateMessage(1801, "中哈两国2024年的贸易额有多少？", "zh"));
        FakeBotApi.Call first = api.awaitOne("sendmessage", c -> toChat(c, 1801));
        int question = first.body().path("reply_parameters").path("message_id").asInt();
        // The fake Bot API numbers the messages it accepts; the bot's reply is the one it numbered last.
        int reply = api.sentMessageIds().get(api.sentMessageIds().size() - 1);
        // The fake records the call as it arrives; the bot learns the reply's id only from the answer to it.
        // An edit that overtakes that answer finds no reply to edit (as it would on Telegram), so wait for it.
        settle();
        api.push(edited(1801, question, "上合组织天津峰会通过了什么宣言？"));
        FakeBotApi.Call edit = api.awaitOne("editmessagetext", c -> toChat(c, 1801));
        assertEquals(reply, edit.body().path("message_id").asInt());
        assertTrue(edit.text().contains("《天津宣言》"), edit.text());
        assertEquals("html", edit.body().path("parse_mode").asText().toLowerCase());
        assertTrue(edit.body().path("reply_markup").path("inline_keyboard").size() > 0);
        // A message the bot never replied to is left alone, edited or not.
        api.push(edited(1802, 77, "中哈贸易额"));
        api.push(privateMessage(1803, "免签", "zh"));
        api.awaitOne("sendmessage", c -> toChat(c, 1803));
        Thread.sleep(300);
        assertEquals(1, api.calls("sendmessage").stream().filter(c -> toChat(c, 1801)).count());
        assertEquals(1, api.calls("editmessagetext").size(), api.calls("editmessagetext").toString());
        assertTrue(api.calls("sendmessage").stream().noneMatch(c -> toChat(c, 1802)));
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode edited(long chatId, int messageId, String text) {
        com.fasterxml.jackson.databind.node.ObjectNode u = privateMessage(chatId, text, "zh");
        com.fasterxml.jackson.databind.node.ObjectNode m = (com.fasterxml.jackson.databind.node.ObjectNode) u.remove("message");
        m.put("message_id", messageId);
        m.put("edit_date", 1757000100);
        u.set("edited_message", m);
        return u;
    }

    @Test
    void stopEndsPollingAndLeavesNoThreadBehind() throws Exception {
        api.push(privateMessage(1701, "中哈贸易额", "zh"));
        api.awaitOne("sendmessage", c -> toChat(c, 1701));
        long start = System.nanoTime();
        bot.stop();
        bot.awaitStopped();
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(TelegramBot.DRAIN_SECONDS + 2).toNanos());
        bot = null;
        Thread.sleep(200);
        List<String> alive = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !t.isDaemon())
                .map(Thread::getName)
                .filter(n -> n.startsWith("telegram") || n.startsWith("OkHttp"))
                .toList();
        assertEquals(List.of(), alive);
        int before = api.calls("sendmessage").size();
        api.push(privateMessage(1702, "中哈贸易额", "zh"));
        Thread.sleep(700);
        assertEquals(before, api.calls("sendmessage").size());
    }

    @Test
    void aRejectedTokenStopsStartWithExitCodeTwo() throws Exception {
        try (FakeBotApi rejecting = new FakeBotApi()) {
            rejecting.rejectToken();
            TelegramBot.StartException e = assertThrows(TelegramBot.StartException.class,
                    () -> TelegramBot.start(new BotConfig(FakeBotApi.TOKEN, rejecting.url()), this::engine));
            assertEquals(2, e.exitCode());
            assertTrue(e.getMessage().startsWith("Telegram rejected the token (401 from getMe)"), e.getMessage());
            assertFalse(e.getMessage().contains(FakeBotApi.TOKEN));
        }
    }
}
