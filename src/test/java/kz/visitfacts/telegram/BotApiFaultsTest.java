package kz.visitfacts.telegram;

import static kz.visitfacts.telegram.FakeBotApi.Fault;
import static kz.visitfacts.telegram.FakeBotApi.privateMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import kz.visitfacts.TestFacts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Bot API that answers badly — cut bodies, calls that never end, updates the library cannot read,
 * redirects, HTML — costs the bot at most the one call or update: other users are answered within 5 s.
 */
class BotApiFaultsTest {
    /** What "the bot goes on answering others" means here. */
    private static final Duration PROMPTLY = Duration.ofSeconds(5);

    @TempDir
    Path tmp;

    private FakeBotApi api;
    private FakeBotApi other;
    private TelegramBot bot;

    @AfterEach
    void stop() {
        FakeBotApi.stop(bot, api);
        if (other != null) {
            other.close();
        }
    }

    private void start(BotSettings settings) throws Exception {
        bot = TelegramBot.start(new BotConfig(FakeBotApi.TOKEN, api.url()), settings, TestFacts::engine);
    }

    private List<FakeBotApi.Call> answersTo(long chat, int count, Duration within) throws InterruptedException {
        return api.await("sendmessage", c -> c.body().path("chat_id").asLong() == chat, count, within);
    }

    @Test
    void aGetUpdatesCutInItsBodyIsRetriedAndPollingGoesOn() throws Exception {
        api = new FakeBotApi();
        api.fault("getupdates", Fault.cutBody());
        api.push(privateMessage(5001, "中哈贸易额", "zh"));
        start(TestSettings.fast().build());
        assertEquals(1, answersTo(5001, 1, PROMPTLY).size(), "polling froze on a cut body");
        api.push(privateMessage(5002, "免签", "zh"));
        assertEquals(1, answersTo(5002, 1, PROMPTLY).size());
    }

    @Test
    void cutSendMessagesAreRetriedAndHoldNoSendingThread() throws Exception {
        api = new FakeBotApi();
        Fault[] cuts = new Fault[60];
        Arrays.fill(cuts, Fault.cutBody());
        api.fault("sendmessage", cuts);
        start(TestSettings.fast().limits(BotSettings.defaults().globalPerSecond(), 50, 50, 100).build());
        List<Long> chats = new ArrayList<>();
        for (long chat = 5100; chat < 5150; chat++) {
            chats.add(chat);
            api.push(privateMessage(chat, "中哈贸易额", "zh"));
        }
        // More cut answers than the bot has sending threads: none of them may stay taken.
        api.await("sendmessage", c -> chats.contains(c.body().path("chat_id").asLong()), chats.size(), Duration.ofSeconds(20));
        api.push(privateMessage(5199, "免签", "zh"));
        assertEquals(1, answersTo(5199, 1, PROMPTLY).size(), "no thread left to send with");
        long answered = api.calls("sendmessage").stream().map(c -> c.body().path("chat_id").asLong()).filter(chats::contains).distinct().count();
        assertEquals(chats.size(), answered);
    }

    @Test
    void aCallThatNeverEndsIsCutAtItsDeadlineAndRetried() throws Exception {
        api = new FakeBotApi();
        api.fault("sendmessage", Fault.slow(Duration.ofMinutes(5)));
        start(TestSettings.fast().callDeadline(Duration.ofSeconds(1)).build());
        api.push(privateMessage(5201, "中哈贸易额", "zh"));
        assertEquals(1, answersTo(5201, 1, PROMPTLY).size(), "a send waited past its deadline");
    }

    @Test
    void updatesTheLibraryCannotReadAreSetAsideAndTheRestOfTheirBatchIsAnswered() throws Exception {
        api = new FakeBotApi();
        api.push(privateMessage(5301, "中哈贸易额", "zh"));
        // A user without first_name, a type TelegramBots does not know inside a message, JSON null, no update_id.
        var noFirstName = privateMessage(5302, "免签", "zh");
        ((com.fasterxml.jackson.databind.node.ObjectNode) noFirstName.get("message").get("from")).remove("first_name");
        int bad = api.push(noFirstName);
        var unknownNested = privateMessage(5303, "免签", "zh");
        ((com.fasterxml.jackson.databind.node.ObjectNode) unknownNested.get("message")).putObject("chat_background_set").putObject("type").put("type", "hologram");
        int unknown = api.push(unknownNested);
        api.pushRaw(null);
        api.pushRaw(FakeBotApi.raw("{\"message\": {\"text\": \"no id\"}}"));
        api.push(privateMessage(5304, "天津宣言", "zh"));
        Path state = tmp.resolve("state");
        try (LogLines log = new LogLines(RejectedUpdates.class)) {
            start(TestSettings.fast().state(Optional.of(state)).health(0, Duration.ofSeconds(90)).build());
            assertEquals(1, answersTo(5301, 1, PROMPTLY).size());
            assertEquals(1, answersTo(5304, 1, PROMPTLY).size());
            // The four set aside are counted in /metrics too.
            assertEquals(4, Metrics.scrape(bot.healthPort()).get("visitfacts_updates_handled_total{outcome=\"rejected\"}"));
            api.push(privateMessage(5305, "免签", "zh"));
            assertEquals(1, answersTo(5305, 1, PROMPTLY).size(), "polling stopped after the batch");
            assertTrue(log.has("WARN", "rejected update=" + bad), log.lines().toString());
            assertTrue(log.has("WARN", "rejected update=" + unknown), log.lines().toString());
        }
        String kept = Files.readString(state.resolve(RejectedUpdates.FILE));
        assertTrue(kept.contains("\"update_id\":" + bad) && kept.contains("\"update_id\":" + unknown), kept);
        assertEquals(0, api.calls("sendmessage").stream().filter(c -> List.of(5302L, 5303L).contains(c.body().path("chat_id").asLong())).count());
        assertEquals(0, api.pendingCount(), "the offset did not pass the batch");
    }

    @Test
    void anUpdateIdPastTwoToTheThirtyOneIsPassedByTheOffset() throws Exception {
        api = new FakeBotApi();
        api.push(privateMessage(5401, "中哈贸易额", "zh"));
        var huge = privateMessage(5402, "免签", "zh");
        huge.put("update_id", (1L << 31) + 5);
        api.pushRaw(huge);
        start(TestSettings.fast().build());
        assertEquals(1, answersTo(5401, 1, PROMPTLY).size());
        long end = System.nanoTime() + PROMPTLY.toNanos();
        while (api.pendingCount() > 0 && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertEquals(0, api.pendingCount(), "the update past 2^31 was never confirmed");
    }

    @Test
    void aRedirectIsNotFollowedAndTheTokenGoesNowhereElse() throws Exception {
        api = new FakeBotApi();
        other = new FakeBotApi();
        api.fault("getme", Fault.redirect(other.baseUrl()));
        TelegramBot.StartException e = assertThrows(TelegramBot.StartException.class,
                () -> start(TestSettings.fast().build()));
        assertNull(other.tokenSeen(), "the token was sent to the server the redirect named");
        assertTrue(e.getMessage().contains("HTTP 302") && e.getMessage().contains("not followed"), e.getMessage());
        assertEquals(1, e.exitCode());
    }

    @Test
    void anHtmlErrorFromGetMeIsReportedByItsStatus() throws Exception {
        api = new FakeBotApi();
        api.fault("getme", Fault.status(500, "<html><body>500 Internal Server Error</body></html>"));
        TelegramBot.StartException e = assertThrows(TelegramBot.StartException.class,
                () -> start(TestSettings.fast().build()));
        assertEquals("getMe failed: the Bot API answered HTTP 500 with text/html, not JSON", e.getMessage());
    }

    @Test
    void aRetryAfterOnGetUpdatesIsWaitedInFullEvenPastTheBackOffCap() throws Exception {
        api = new FakeBotApi();
        // The test settings cap back-off at 300 ms; Telegram's 2 s must still be waited.
        api.fault("getupdates", Fault.tooManyRequests(2));
        long t0 = System.nanoTime();
        api.push(privateMessage(5501, "中哈贸易额", "zh"));
        start(TestSettings.fast().build());
        FakeBotApi.Call answer = answersTo(5501, 1, PROMPTLY).get(0);
        assertTrue(answer.nanos() - t0 >= Duration.ofMillis(1900).toNanos(),
                "polled again after " + (answer.nanos() - t0) / 1_000_000 + " ms");
    }
}
