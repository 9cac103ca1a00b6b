package kz.visitfacts.telegram;

import static kz.visitfacts.telegram.FakeBotApi.privateMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.visitfacts.TestFacts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebhookAndHealthTest {
    private static final String SECRET = "s3cret-webhook-token_0123456789";
    private final HttpClient http = HttpClient.newHttpClient();
    private FakeBotApi api;
    private TelegramBot bot;

    @TempDir
    Path tmp;

    @AfterEach
    void stop() {
        FakeBotApi.stop(bot, api);
    }

    private HttpResponse<String> post(int port, String secret, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/hook"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        if (secret != null) {
            b.header(WebhookServer.SECRET_HEADER, secret);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void webhookModeRegistersTheUrlWithASecretAndRefusesCallsWithoutIt() throws Exception {
        api = new FakeBotApi();
        BotConfig config = new BotConfig(FakeBotApi.TOKEN, api.url());
        WebhookConfig fromEnv = WebhookConfig.fromEnv(Map.of("TELEGRAM_WEBHOOK_URL", "https://bot.example.org/telegram/hook",
                "TELEGRAM_WEBHOOK_SECRET", SECRET, "TELEGRAM_WEBHOOK_LISTEN", "127.0.0.1:8443"), true, config).orElseThrow();
        // Any free port, so tests never collide with each other or a real bot.
        WebhookConfig webhook = new WebhookConfig(fromEnv.url(), fromEnv.path(), new java.net.InetSocketAddress("127.0.0.1", 0), fromEnv.secret());
        bot = TelegramBot.start(config, TestSettings.fast().build(), Optional.of(webhook), TestFacts::engine);
        JsonNode set = api.awaitOne("setwebhook", c -> true).body();
        assertEquals("https://bot.example.org/telegram/hook", set.path("url").asText());
        assertEquals(SECRET, set.path("secret_token").asText());
        assertFalse(set.path("url").asText().contains(FakeBotApi.TOKEN));
        assertTrue(api.calls("getupdates").isEmpty() && api.calls("deletewebhook").isEmpty());

        ObjectNode update = privateMessage(5001, "中哈两国2024年的贸易额有多少？", "zh");
        update.put("update_id", 777);
        String body = new ObjectMapper().writeValueAsString(update);
        int port = bot.webhookPort();
        assertEquals(401, post(port, null, body).statusCode());
        assertEquals(401, post(port, "wrong-secret-wrong-secret", body).statusCode());
        Thread.sleep(200);
        assertTrue(api.calls("sendmessage").isEmpty(), "a refused call was handled");

        assertEquals(200, post(port, SECRET, body).statusCode());
        assertTrue(api.awaitOne("sendmessage", c -> c.body().path("chat_id").asLong() == 5001).text().startsWith("<b>440亿美元</b>"));
        // Telegram retries a call it thinks failed: the same update is not answered twice.
        assertEquals(200, post(port, SECRET, body).statusCode());
        assertEquals(400, post(port, SECRET, "{not json").statusCode());
        Thread.sleep(200);
        assertEquals(1, api.calls("sendmessage").size());
    }

    @Test
    void webhookSettingsAreCheckedBeforeStarting() {
        BotConfig config = new BotConfig(FakeBotApi.TOKEN, org.telegram.telegrambots.meta.TelegramUrl.DEFAULT_URL);
        for (Map<String, String> env : List.of(
                Map.of("TELEGRAM_WEBHOOK_SECRET", SECRET),
                Map.of("TELEGRAM_WEBHOOK_URL", "https://x.org/h"),
                Map.of("TELEGRAM_WEBHOOK_URL", "https://x.org/h", "TELEGRAM_WEBHOOK_SECRET", "short"),
                Map.of("TELEGRAM_WEBHOOK_URL", "https://x.org/bot" + FakeBotApi.TOKEN, "TELEGRAM_WEBHOOK_SECRET", SECRET),
                Map.of("TELEGRAM_WEBHOOK_URL", "https://x.org/h", "TELEGRAM_WEBHOOK_SECRET", SECRET, "TELEGRAM_WEBHOOK_LISTEN", "8443"))) {
            try {
                WebhookConfig.fromEnv(env, true, config);
                throw new AssertionError("accepted " + env.keySet());
            } catch (BotConfig.InvalidConfigException e) {
                assertFalse(e.getMessage().contains(FakeBotApi.TOKEN));
            }
        }
    }

    @Test
    void healthzReportsWhetherPollingSucceedsAndUnansweredQuestionsAreLogged() throws Exception {
        api = new FakeBotApi();
        Path unanswered = tmp.resolve("unanswered.jsonl");
        bot = TelegramBot.start(new BotConfig(FakeBotApi.TOKEN, api.url()),
                TestSettings.fast().unanswered(unanswered).health(0, Duration.ofMillis(800)).build(), TestFacts::engine);
        URI healthz = URI.create("http://127.0.0.1:" + bot.healthPort() + "/healthz");
        HttpResponse<String> ok = http.send(HttpRequest.newBuilder(healthz).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(ok.body().contains("\"status\":\"ok\""), ok.body());
        assertEquals("ok", new ObjectMapper().readTree(ok.body()).get("status").asText());
        HttpResponse<String> head = http.send(HttpRequest.newBuilder(healthz).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(405, http.send(HttpRequest.newBuilder(healthz).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(healthz + "2")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(healthz + "/x")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());

        api.push(privateMessage(5101, "Tell me a joke", "en"));
        api.push(privateMessage(5102, "日本首相是谁？", "zh"));
        api.push(privateMessage(5103, "中哈贸易额", "zh"));
        api.await("sendmessage", c -> true, 3, Duration.ofSeconds(10));
        List<String> lines = Files.readAllLines(unanswered);
        assertEquals(2, lines.size(), lines.toString());
        JsonNode first = new ObjectMapper().readTree(lines.stream().filter(l -> l.contains("joke")).findFirst().orElseThrow());
        assertEquals("en", first.get("lang").asText());
        assertEquals("Tell me a joke", first.get("question").asText());
        assertTrue(first.has("time"));
        assertFalse(lines.toString().contains("5101"), "no user or chat ids");

        FakeBotApi.Fault[] failing = new FakeBotApi.Fault[200];
        java.util.Arrays.fill(failing, FakeBotApi.Fault.serverError());
        api.fault("getupdates", failing);
        Thread.sleep(1500);
        HttpResponse<String> stale = http.send(HttpRequest.newBuilder(healthz).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(503, stale.statusCode());
        assertTrue(stale.body().contains("\"status\":\"stale\""), stale.body());
    }
}
