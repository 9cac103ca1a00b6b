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
