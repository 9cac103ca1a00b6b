package kz.visitfacts.telegram;

import static kz.visitfacts.telegram.FakeBotApi.privateMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.visitfacts.TestFacts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Clients that send slowly, never finish, or knock with the wrong secret cost the webhook and health check nothing. */
class SlowClientsTest {
    private static final String SECRET = "s3cret-webhook-token_0123456789";
    private static final Duration PROMPTLY = Duration.ofSeconds(5);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(PROMPTLY).build();
    private final List<Socket> sockets = new ArrayList<>();
    private FakeBotApi api;
    private TelegramBot bot;

    @AfterEach
    void stop() throws Exception {
        for (Socket s : sockets) {
            s.close();
        }
        FakeBotApi.stop(bot, api);
    }

    private void startWebhook(BotSettings settings) throws Exception {
        api = new FakeBotApi();
        WebhookConfig webhook = new WebhookConfig("https://bot.example.org/telegram/hook", "/telegram/hook",
                new InetSocketAddress("127.0.0.1", 0), SECRET);
        bot = TelegramBot.start(new BotConfig(FakeBotApi.TOKEN, api.url()), settings, Optional.of(webhook), TestFacts::engine);
    }

    private HttpResponse<String> post(String secret, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bot.webhookPort() + "/telegram/hook"))
                .timeout(PROMPTLY).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").header(WebhookServer.SECRET_HEADER, secret).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> healthz() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bot.healthPort() + "/healthz")).timeout(PROMPTLY).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Socket open(int port, String firstBytes) throws Exception {
        Socket s = new Socket("127.0.0.1", port);
        sockets.add(s);
        OutputStream out = s.getOutputStream();
        out.write(firstBytes.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return s;
    }

    private static String update(int id, long chat, String text) throws Exception {
        ObjectNode u = privateMessage(chat, text, "zh");
        u.put("update_id", id);
        return new ObjectMapper().writeValueAsString(u);
    }

    @Test
    void partialRequestsAndEndlessBodiesHoldNoThreadAndAreClosedAtTheReadDeadline() throws Exception {
        startWebhook(TestSettings.fast().health(0, Duration.ofSeconds(5)).readDeadline(Duration.ofSeconds(1)).build());
        int hook = bot.webhookPort();
        // 8 request lines never finished, 8 chunked bodies never ended (with the right secret), one partial
        // request to the health check: more than the 8 threads the webhook once had.
        for (int i = 0; i < 8; i++) {
            open(hook, "POST /telegram/hook HTT");
        }
        for (int i = 0; i < 8; i++) {
            open(hook, "POST /telegram/hook HTTP/1.1\r\nHost: x\r\n" + WebhookServer.SECRET_HEADER + ": " + SECRET
                    + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{\"upd");
        }
        open(bot.healthPort(), "GET /heal");

        assertEquals(200, post(SECRET, update(901, 6001, "中哈贸易额")).statusCode());
        assertEquals(1, api.await("sendmessage", c -> c.body().path("chat_id").asLong() == 6001, 1, PROMPTLY).size());
        assertEquals(200, healthz().statusCode());

        for (Socket s : sockets) {
            s.setSoTimeout((int) PROMPTLY.toMillis());
            try {
                s.getInputStream().readAllBytes();
            } catch (SocketTimeoutException e) {
                throw new AssertionError("a slow connection was still open after " + PROMPTLY.toSeconds() + " s");
            } catch (java.io.IOException reset) {
                // Closed by a reset: closed all the same.
            }
        }
    }

    @Test
    void wrongSecretsAreLoggedAtMostOnceAPeriod() throws Exception {
        startWebhook(TestSettings.fast().build());
        try (LogLines log = new LogLines(WebhookServer.class)) {
            for (int i = 0; i < 50; i++) {
                assertEquals(401, post("wrong-secret-wrong-secret", "{}").statusCode());
            }
            long lines = log.lines().stream().filter(l -> l.contains("refused")).count();
            assertEquals(1, lines, log.lines().toString());
        }
    }

    @Test
    void inWebhookModeSilenceIsHealthy() throws Exception {
        // Stale after 300 ms, were the bot polling; a webhook waits for Telegram, and silence is no failure.
        startWebhook(TestSettings.fast().health(0, Duration.ofMillis(300)).build());
        Thread.sleep(600);
        HttpResponse<String> h = healthz();
        assertEquals(200, h.statusCode(), h.body());
        assertTrue(h.body().contains("\"mode\":\"webhook\""), h.body());
    }
}
