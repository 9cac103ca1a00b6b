package kz.visitfacts.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Receives updates as Telegram's webhook calls: every request without the right
 * X-Telegram-Bot-Api-Secret-Token is refused with 401 and handles nothing; a good one is journaled and
 * answered 200 at once, its replies sent afterwards by the same code as in polling; the same update sent again
 * (Telegram retries a call it thinks failed) is skipped. Only the exact path of the webhook URL is served.
 */
final class WebhookServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookServer.class);
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final int MAX_BODY = 1 << 20;

    private final HttpServer server;
    private final byte[] secret;
    private final UpdateDispatcher dispatcher;
    private final String path;
    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    WebhookServer(WebhookConfig config, UpdateDispatcher dispatcher, ExecutorService executor) throws IOException {
        this.secret = config.secret().getBytes(StandardCharsets.UTF_8);
        this.dispatcher = dispatcher;
        this.path = config.path();
        this.server = HttpServer.create(config.listen(), 0);
        server.createContext(config.path(), this::handle);
        server.setExecutor(executor);
        server.start();
        LOG.info("webhook listening on {}:{}{}", config.listen().getHostString(), server.getAddress().getPort(), config.path());
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (!ex.getRequestURI().getPath().equals(path)) {
                respond(ex, 404, "{\"ok\":false}");
                return;
            }
            if (!"POST".equals(ex.getRequestMethod())) {
                respond(ex, 405, "{\"ok\":false}");
                return;
            }
            String given = ex.getRequestHeaders().getFirst(SECRET_HEADER);
            // Constant-time comparison: the secret is not guessed byte by byte from response times.
            if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
                LOG.warn("webhook call refused: missing or wrong secret token");
                respond(ex, 401, "{\"ok\":false}");
                return;
            }
            Update update;
            try (InputStream in = ex.getRequestBody()) {
                byte[] body = in.readNBytes(MAX_BODY + 1);
                if (body.length > MAX_BODY) {
                    respond(ex, 413, "{\"ok\":false}");
                    return;
                }
                update = json.readValue(body, Update.class);
            } catch (IOException e) {
                respond(ex, 400, "{\"ok\":false}");
                return;
            }
            if (update == null || update.getUpdateId() == null) {
                respond(ex, 400, "{\"ok\":false}");
                return;
            }
            if (dispatcher.full()) {
                // Too many replies wait already: Telegram keeps the update and calls again later.
                LOG.warn("webhook update={} refused for now: the reply queue is full", update.getUpdateId());
                respond(ex, 503, "{\"ok\":false}");
                return;
            }
            // Journaled before the 200 (so a crash after it loses nothing), then answered in the background:
            // a call returns at once, whatever its replies wait for; a repeated or concurrent call is skipped.
            if (dispatcher.accept(List.of(update)) == 0) {
                LOG.info("duplicate update={} skipped", update.getUpdateId());
            }
            respond(ex, 200, "{\"ok\":true}");
        }
    }

    private static void respond(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(1);
    }
}
