package kz.visitfacts.telegram;

import static kz.visitfacts.telegram.FakeBotApi.groupMessage;
import static kz.visitfacts.telegram.FakeBotApi.privateMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import kz.visitfacts.TestFacts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A popular group during a news event, and Telegram's own retries: receiving never waits for sending, with
 * Telegram's real limits (28 a second, 1 a second a chat, 20 a minute a group).
 */
class BusyTrafficTest {
    private static final String SECRET = "s3cret-s3cret-s3cret";
    private static final long GROUP = -1001234567890L;

    @TempDir
    Path tmp;

    private FakeBotApi api;
    private TelegramBot bot;
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        FakeBotApi.stop(bot, api);
    }

    private static ObjectNode mention(int i) {
        return FakeBotApi.withEntity(groupMessage(GROUP, 7000 + i % 40, 100 + i, "@" + FakeBotApi.BOT_USERNAME + " 中哈贸易额"),
                "mention", 0, FakeBotApi.BOT_USERNAME.length() + 1);
    }

    private List<Integer> groupRepliesTo() {
        List<Integer> ids = new ArrayList<>();
        for (FakeBotApi.Call c : api.calls("sendmessage")) {
            if (c.body().path("chat_id").asLong() == GROUP) {
                ids.add(c.body().path("reply_parameters").path("message_id").asInt());
            }
        }
        return ids;
    }

    @Test
    void aBusyGroupNeverStopsPollingAndAPrivateQuestionIsAnsweredMeanwhile() throws Exception {
        api = new FakeBotApi();
        bot = TelegramBot.start(new BotConfig(FakeBotApi.TOKEN, api.url()),
                TestSettings.fast().state(Optional.of(tmp.resolve("state"))).queues(60, 5000).build(), TestFacts::engine);
        for (int i = 0; i < 150; i++) {
            api.push(mention(i));
        }
        api.await("sendmessage", c -> c.body().path("chat_id").asLong() == GROUP, 3, Duration.ofSeconds(20));
        // All 150 were taken on: Telegram has nothing left to deliver, although most replies still wait.
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (api.pendingCount() > 0 && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertEquals(0, api.pendingCount(), "the offset did not move past the waiting group updates");

        api.push(privateMessage(7501, "中哈两国2024年的贸易额有多少？", "zh"));
        assertTrue(api.awaitOne("sendmessage", c -> c.body().path("chat_id").asLong() == 7501).text().startsWith("<b>440亿美元</b>"));
        List<Integer> replied = groupRepliesTo();
        assertTrue(replied.size() <= 20, "more than 20 replies to the group within a minute: " + replied.size());
        assertEquals(new HashSet<>(replied).size(), replied.size(), "a group message was answered twice: " + replied);
        assertTrue(api.calls("getupdates").size() < 100, "polling spun: " + api.calls("getupdates").size() + " polls");
    }

    @Test
    void aGroupPastItsQueueBoundHasItsNewestQuestionsDroppedAndLogged() throws Exception {
        api = new FakeBotApi();
        bot = TelegramBot.start(new BotConfig(FakeBotApi.TOKEN, api.url()),
                TestSettings.fast().queues(10, 5000).build(), TestFacts::engine);
        for (int i = 0; i < 40; i++) {
            api.push(mention(i));
        }
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (bot.dropped() < 25 && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        // 40 asked, at most 10 wait (a few go out at once): the rest are dropped, none twice.
        assertTrue(bot.dropped() >= 25 && bot.dropped() <= 30, "dropped " + bot.dropped());
        api.push(privateMessage(7601, "免签", "zh"));
        api.awaitOne("sendmessage", c -> c.body().path("chat_id").asLong() == 7601);
    }

    @Test
    void theSameWebhookUpdateSentTwiceAtOnceIsAnsweredOnceAndCallsReturnAtOnceWhileTheGroupWaits() throws Exception {
        api = new FakeBotApi();
        BotConfig config = new BotConfig(FakeBotApi.TOKEN, api.url());
        WebhookConfig webhook = new WebhookConfig("https://bot.example.org/hook", "/hook",
                new java.net.InetSocketAddress("127.0.0.1", 0), SECRET);
        bot = TelegramBot.start(config, TestSettings.fast().state(Optional.of(tmp.resolve("state"))).build(),
                Optional.of(webhook), TestFacts::engine);
        URI hook = URI.create("http://127.0.0.1:" + bot.webhookPort() + "/hook");
        ObjectMapper json = new ObjectMapper();

        // 40 group mentions at once: each call is acknowledged without waiting for the group's 20 a minute.
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ObjectNode u = mention(i);
            u.put("update_id", 9000 + i);
            calls.add(http.sendAsync(post(hook, json.writeValueAsString(u)), HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> c : calls) {
            assertEquals(200, c.get().statusCode());
        }
        assertTrue(groupRepliesTo().size() < 40, "every group reply went out before the calls were acknowledged");

        // Telegram re-sends an update while the first call is still being handled: both at once.
        ObjectNode same = privateMessage(7701, "中哈两国2024年的贸易额有多少？", "zh");
        same.put("update_id", 9500);
        String body = json.writeValueAsString(same);
        for (int round = 0; round < 10; round++) {
            ObjectNode again = privateMessage(7710 + round, "免签", "zh");
            again.put("update_id", 9600 + round);
            String b = json.writeValueAsString(again);
            CompletableFuture<HttpResponse<String>> a = http.sendAsync(post(hook, b), HttpResponse.BodyHandlers.ofString());
            CompletableFuture<HttpResponse<String>> c = http.sendAsync(post(hook, b), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, a.get().statusCode());
            assertEquals(200, c.get().statusCode());
        }
        http.send(post(hook, body), HttpResponse.BodyHandlers.ofString());
        api.awaitOne("sendmessage", c -> c.body().path("chat_id").asLong() == 7701);
        api.await("sendmessage", c -> c.body().path("chat_id").asLong() >= 7710 && c.body().path("chat_id").asLong() < 7720, 10,
                Duration.ofSeconds(20));
        Thread.sleep(500);
        Map<Long, Integer> answers = new HashMap<>();
        for (FakeBotApi.Call c : api.calls("sendmessage")) {
            answers.merge(c.body().path("chat_id").asLong(), 1, Integer::sum);
        }
        for (long chat = 7710; chat < 7720; chat++) {
            assertEquals(1, answers.get(chat), "answers to chat " + chat);
        }
        assertEquals(404, http.send(post(URI.create(hook + "2"), body), HttpResponse.BodyHandlers.ofString()).statusCode(),
                "only the exact webhook path is served");
    }

    private static HttpRequest post(URI uri, String body) {
        return HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").header(WebhookServer.SECRET_HEADER, SECRET).build();
    }

    @Test
    void sendsRunConcurrentlyEnoughForTheGlobalLimitAtRealWorldLatency() throws Exception {
        api = new FakeBotApi();
        api.latency(Duration.ofMillis(300));
        bot = TelegramBot.start(new BotConfig(FakeBotApi.TOKEN, api.url()), TestSettings.fast().build(), TestFacts::engine);
        for (int i = 0; i < 120; i++) {
            api.push(privateMessage(8000 + i, "免签", "zh"));
        }
        api.await("sendmessage", c -> c.body().path("chat_id").asLong() >= 8000, 120, Duration.ofSeconds(30));
        // 28 a second at 300 ms a call is 8.4 calls at once; OkHttp's default would allow 5.
        assertTrue(api.maxSendsInFlight() >= 9, "at most " + api.maxSendsInFlight() + " sends at once");
        Set<Long> chats = new HashSet<>();
        api.calls("sendmessage").forEach(c -> chats.add(c.body().path("chat_id").asLong()));
        assertEquals(120, chats.size());
    }

    @Test
    void pastTheOverallBoundPollingPausesAndResumesWhenRepliesGoOut() throws Exception {
        api = new FakeBotApi();
        bot = TelegramBot.start(new BotConfig(FakeBotApi.TOKEN, api.url()), TestSettings.fast().queues(60, 10).build(),
                TestFacts::engine);
        for (long chat = 7800; chat < 7820; chat++) {
            api.hold(chat);
            api.push(privateMessage(chat, "免签", "zh"));
        }
        Thread.sleep(1500);
        // Ten updates wait for their (held) replies: the other ten stay with Telegram, not taken on.
        assertEquals(10, bot.waiting());
        assertTrue(api.pendingCount() >= 10, "updates beyond the bound were confirmed to Telegram");
        for (long chat = 7800; chat < 7820; chat++) {
            api.release(chat);
        }
        api.await("sendmessage", c -> c.body().path("chat_id").asLong() >= 7800 && c.body().path("chat_id").asLong() < 7820, 20,
                Duration.ofSeconds(20));
        assertEquals(0, api.pendingCount());
    }

    @Test
    void pastTheOverallBoundAWebhookCallGets503SoTelegramCallsAgainLater() throws Exception {
        api = new FakeBotApi();
        WebhookConfig webhook = new WebhookConfig("https://bot.example.org/hook", "/hook",
                new java.net.InetSocketAddress("127.0.0.1", 0), SECRET);
        bot = TelegramBot.start(new BotConfig(FakeBotApi.TOKEN, api.url()), TestSettings.fast().queues(60, 10).build(),
                Optional.of(webhook), TestFacts::engine);
        URI hook = URI.create("http://127.0.0.1:" + bot.webhookPort() + "/hook");
        ObjectMapper json = new ObjectMapper();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            api.hold(7900 + i);
            ObjectNode u = privateMessage(7900 + i, "免签", "zh");
            u.put("update_id", 9900 + i);
            statuses.add(http.send(post(hook, json.writeValueAsString(u)), HttpResponse.BodyHandlers.ofString()).statusCode());
        }
        assertEquals(List.of(200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 503, 503), statuses);
        for (int i = 0; i < 12; i++) {
            api.release(7900 + i);
        }
    }
}
