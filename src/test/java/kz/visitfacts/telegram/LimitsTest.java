package kz.visitfacts.telegram;

import static kz.visitfacts.telegram.FakeBotApi.groupMessage;
import static kz.visitfacts.telegram.FakeBotApi.privateMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import kz.visitfacts.TestFacts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Telegram's sending limits, kept by the bot (queued, not dropped), and the inbound flood limit. */
class LimitsTest {
    private FakeBotApi api;
    private TelegramBot bot;

    @AfterEach
    void stop() {
        FakeBotApi.stop(bot, api);
    }

    private void start(double globalPerSecond, int chatBurst, double chatPerSecond, int groupPerMinute, int userBurst) throws Exception {
        api = new FakeBotApi();
        BotSettings s = TestSettings.fast().limits(globalPerSecond, chatBurst, chatPerSecond, groupPerMinute)
                .flood(userBurst, Duration.ofSeconds(5)).build();
        bot = TelegramBot.start(new BotConfig(FakeBotApi.TOKEN, api.url()), s, TestFacts::engine);
    }

    private List<Long> sendTimes(long chat) {
        return api.calls("sendmessage").stream().filter(c -> c.body().path("chat_id").asLong() == chat).map(FakeBotApi.Call::nanos)
                .sorted().toList();
    }

    @Test
    void oneChatGetsAShortBurstThenOneMessageAPeriodAndNothingIsDropped() throws Exception {
        start(100, 2, 4, 100, 100);
        for (int i = 0; i < 6; i++) {
            api.push(privateMessage(4001, "中哈贸易额", "zh"));
        }
        api.await("sendmessage", c -> true, 6, Duration.ofSeconds(10));
        List<Long> times = sendTimes(4001);
        assertEquals(6, times.size());
        // Two at once, then four more at 4 a second: the last no sooner than ~1 s after the first.
        assertTrue(times.get(5) - times.get(0) >= Duration.ofMillis(900).toNanos(), "sent too fast: " + (times.get(5) - times.get(0)) / 1e6 + " ms");
    }

    @Test
    void allChatsTogetherStayUnderTheGlobalLimit() throws Exception {
        start(10, 3, 1, 20, 100);
        for (int i = 0; i < 30; i++) {
            api.push(privateMessage(4100 + i, "免签", "zh"));
        }
        List<FakeBotApi.Call> calls = api.await("sendmessage", c -> true, 30, Duration.ofSeconds(15));
        assertEquals(30, calls.size());
        List<Long> times = calls.stream().map(FakeBotApi.Call::nanos).sorted().toList();
        // 10 at once, then 10 a second: 30 messages take at least ~2 s.
        assertTrue(times.get(29) - times.get(0) >= Duration.ofMillis(1800).toNanos(), (times.get(29) - times.get(0)) / 1e6 + " ms");
    }

    @Test
    void groupsWaitForTheirPerMinuteLimitWhileOtherChatsGoOn() throws Exception {
        // 8 a minute: a burst of 2, then one every 10 s.
        start(100, 10, 10, 8, 100);
        // More waiting group messages than the bot has threads: waiting must hold none of them.
        for (long group = -100500; group > -100503; group--) {
            for (int i = 0; i < 12; i++) {
                api.push(groupMessage(group, 4200 + i, 10 + i, "/ask@visit_facts_bot 中哈贸易额"));
            }
        }
        api.await("sendmessage", c -> c.body().path("chat_id").asLong() < 0, 6, Duration.ofSeconds(5));
        api.push(privateMessage(4299, "免签", "zh"));
        api.awaitOne("sendmessage", c -> c.body().path("chat_id").asLong() == 4299);
        Thread.sleep(1500);
        // The rest of each group's messages wait their turn; they are queued, not dropped.
        for (long group = -100500; group > -100503; group--) {
            assertEquals(2, sendTimes(group).size(), "group " + group);
        }
    }

    @Test
    void aFloodingUserGetsOnePoliteNoticeAndOthersAreNotSlowed() throws Exception {
        start(100, 50, 50, 100, 3);
        for (int i = 0; i < 10; i++) {
            api.push(privateMessage(4301, "中哈贸易额", "en"));
        }
        api.push(privateMessage(4302, "免签", "zh"));
        api.awaitOne("sendmessage", c -> c.body().path("chat_id").asLong() == 4302);
        api.await("sendmessage", c -> c.body().path("chat_id").asLong() == 4301, 4, Duration.ofSeconds(5));
        Thread.sleep(300);
        List<String> toFlooder = api.calls("sendmessage").stream().filter(c -> c.body().path("chat_id").asLong() == 4301)
                .map(FakeBotApi.Call::text).toList();
        assertEquals(4, toFlooder.size(), toFlooder.toString());
        assertEquals(3, toFlooder.stream().filter(t -> t.startsWith("<b>440亿美元</b>")).count());
        assertEquals(1, toFlooder.stream().filter(t -> t.startsWith("You are sending questions very fast")).count());
    }

    private void start(TestSettings settings) throws Exception {
        api = new FakeBotApi();
        bot = TelegramBot.start(new BotConfig(FakeBotApi.TOKEN, api.url()), settings.build(), TestFacts::engine);
    }

    private long toChat(long chat, String textStart) {
        return api.calls("sendmessage").stream().filter(c -> c.body().path("chat_id").asLong() == chat)
                .filter(c -> c.text().startsWith(textStart)).count();
    }

    @Test
    void commandsAndDeepLinksDoNotCountTowardsTheQuestionLimit() throws Exception {
        start(TestSettings.fast().limits(100, 50, 50, 100).flood(2, Duration.ofSeconds(30)));
        for (int i = 0; i < 4; i++) {
            api.push(FakeBotApi.withEntity(privateMessage(4401, "/help", "en"), "bot_command", 0, 5));
        }
        api.push(FakeBotApi.withEntity(privateMessage(4401, "/start trade-2024", "en"), "bot_command", 0, 6));
        api.push(privateMessage(4401, "中哈贸易额", "en"));
        api.push(privateMessage(4401, "免签", "en"));
        api.await("sendmessage", c -> c.body().path("chat_id").asLong() == 4401, 7, Duration.ofSeconds(10));
        Thread.sleep(300);
        assertEquals(0, toChat(4401, "You are sending questions very fast"));
        assertEquals(7, api.calls("sendmessage").size());
    }

    @Test
    void buttonPressesHaveTheirOwnLimitWithOneNotice() throws Exception {
        start(TestSettings.fast().limits(100, 50, 50, 100).actions(5, Duration.ofSeconds(30)));
        for (int i = 0; i < 30; i++) {
            api.push(FakeBotApi.callbackQuery("cq" + i, 4501, 10, "f:nothing"));
        }
        api.push(privateMessage(4502, "免签", "zh"));
        api.awaitOne("sendmessage", c -> c.body().path("chat_id").asLong() == 4502);
        List<FakeBotApi.Call> answers = api.await("answercallbackquery", c -> true, 6, Duration.ofSeconds(5));
        Thread.sleep(300);
        answers = api.calls("answercallbackquery");
        assertEquals(6, answers.size(), "5 presses answered, one notice, the rest dropped");
        assertEquals(1, answers.stream().filter(c -> c.body().path("text").asText().startsWith("You are sending")).count());
    }

    @Test
    void inlineQueriesArePerUserLimitedToo() throws Exception {
        start(TestSettings.fast().limits(100, 50, 50, 100).actions(5, Duration.ofSeconds(30)));
        for (int i = 0; i < 30; i++) {
            api.push(FakeBotApi.inlineQuery("iq" + i, "贸易", "", "zh"));
        }
        api.await("answerinlinequery", c -> true, 5, Duration.ofSeconds(5));
        api.push(privateMessage(4601, "免签", "zh"));
        api.awaitOne("sendmessage", c -> c.body().path("chat_id").asLong() == 4601);
        Thread.sleep(300);
        assertEquals(5, api.calls("answerinlinequery").size());
    }

    @Test
    void aThrottledQuestionIsNotHandledAtAll() throws Exception {
        start(TestSettings.fast().limits(100, 50, 50, 100).flood(2, Duration.ofSeconds(30)));
        // Without a message_id, replying (a "not found", or the notice) fails: failures count the updates handled.
        for (int i = 0; i < 10; i++) {
            api.push(FakeBotApi.raw("{\"message\": {\"date\": 1757000000, \"from\": {\"id\": 4701, \"is_bot\": false, \"first_name\": \"U\"},"
                    + " \"chat\": {\"id\": 4701, \"type\": \"private\"}, \"text\": \"Tell me a joke\"}}"));
        }
        api.push(privateMessage(4702, "免签", "zh"));
        api.awaitOne("sendmessage", c -> c.body().path("chat_id").asLong() == 4702);
        Thread.sleep(300);
        // Two questions handled, one notice; the other seven never reached the matcher.
        assertEquals(3, bot.errors(), "throttled questions were answered before the limit was applied");
    }

    @Test
    void aMessageLongerThanTelegramAllowsIsCutBeforeAnalysis(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        java.nio.file.Path unanswered = tmp.resolve("unanswered.jsonl");
        start(TestSettings.fast().unanswered(unanswered));
        api.push(privateMessage(4801, "Tell me a joke. ".repeat(20_000), "en"));
        api.awaitOne("sendmessage", c -> c.body().path("chat_id").asLong() == 4801);
        String question = new com.fasterxml.jackson.databind.ObjectMapper().readTree(java.nio.file.Files.readAllLines(unanswered).get(0))
                .get("question").asText();
        assertEquals(UpdateReader.MAX_TEXT, question.length());
    }

    /** The most calls in any window of one second. */
    private static int mostInOneSecond(List<Long> sortedNanos) {
        int j = 0;
        int most = 0;
        for (int i = 0; i < sortedNanos.size(); i++) {
            while (sortedNanos.get(j) <= sortedNanos.get(i) - Duration.ofSeconds(1).toNanos()) {
                j++;
            }
            most = Math.max(most, i - j + 1);
        }
        return most;
    }

    @Test
    void afterA429TheQueueGoesOutAtTheConfiguredRateNotInABurst() throws Exception {
        start(TestSettings.fast().limits(10, 50, 50, 100));
        api.fault("sendmessage", FakeBotApi.Fault.tooManyRequests(1));
        for (int i = 0; i < 25; i++) {
            api.push(privateMessage(4900 + i, "免签", "zh"));
        }
        List<FakeBotApi.Call> calls = api.await("sendmessage", c -> true, 25, Duration.ofSeconds(20));
        assertEquals(25, calls.size());
        List<Long> times = calls.stream().map(FakeBotApi.Call::nanos).sorted().toList();
        int most = mostInOneSecond(times);
        System.out.println("after a 429 (retry_after 1 s, limit 10 a second): at most " + most + " sends in one second");
        assertTrue(most <= 10, most + " sends in one second after the pause");
    }

    @Test
    void noWindowOfOneSecondSeesMoreThanTheGlobalLimit() throws Exception {
        api = new FakeBotApi();
        SendLimiter limiter = new SendLimiter(TestSettings.fast().limits(20, 100, 100, 100).build());
        java.util.concurrent.ScheduledExecutorService timer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        java.util.List<Long> times = new java.util.ArrayList<>();
        long end = System.nanoTime() + Duration.ofMillis(2500).toNanos();
        long chat = 1;
        while (System.nanoTime() < end) {
            limiter.permit(chat++, timer).get();
            times.add(System.nanoTime());
        }
        timer.shutdownNow();
        int j = 0;
        int most = 0;
        for (int i = 0; i < times.size(); i++) {
            while (times.get(j) <= times.get(i) - Duration.ofSeconds(1).toNanos()) {
                j++;
            }
            most = Math.max(most, i - j + 1);
        }
        assertTrue(most <= 20, most + " messages in one second");
        assertTrue(times.size() >= 30, "only " + times.size() + " permits in 2.5 s");
    }
}
