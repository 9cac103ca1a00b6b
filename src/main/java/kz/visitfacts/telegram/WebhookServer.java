package kz.visitfacts.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives updates as Telegram's webhook calls: every request without the right
 * X-Telegram-Bot-Api-Secret-Token is refused with 401 and handles nothing (and is logged at most once every
 * 10 s); a good one is journaled and answered 200 at once, its replies sent afterwards by the same code as in
 * polling; the same update sent again (Telegram retries a call it thinks failed) is skipped; one that cannot
 * be read is set aside and answered 200, or Telegram would send it for ever; while the journal cannot be
 * written the answer is 503, so Telegram keeps the update and calls again. A body must arrive whole within
 * the read deadline (408 otherwise), and the server itself ({@link HttpEndpoint}) gives a slow client no
 * thread. Only the exact path of the webhook URL is served.
 */
final class WebhookServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookServer.class);
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final int MAX_BODY = 1 << 20;
    private static final String OK = "{\"ok\":true}";
    private static final String NOT_OK = "{\"ok\":false}";

    private final HttpEndpoint server;
    private final byte[] secret;
    private final UpdateDispatcher dispatcher;
    private final Health health;
    private final String path;
    private final Duration readDeadline;
    private final ObjectMapper json = new ObjectMapper();
    private final UpdateReader reader = new UpdateReader();
    private final RefusalLog refusals = new RefusalLog(LOG, Duration.ofSeconds(10));

    WebhookServer(WebhookConfig config, UpdateDispatcher dispatcher, Health health, Duration readDeadline) throws IOException {
        this.secret = config.secret().getBytes(StandardCharsets.UTF_8);
        this.dispatcher = dispatcher;
        this.health = health;
        this.path = config.path();
        this.readDeadline = readDeadline;
        this.server = new HttpEndpoint("telegram-webhook", config.listen(), readDeadline, new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                receive(request, response, callback);
                return true;
            }
        });
        LOG.info("webhook listening on {}:{}{}", config.listen().getHostString(), server.port(), config.path());
    }

    int port() {
        return server.port();
    }

    private void receive(Request request, Response response, Callback callback) {
        if (!path.equals(request.getHttpURI().getPath())) {
            HttpEndpoint.respond(response, callback, 404, "application/json", NOT_OK, false);
            return;
        }
        if (!"POST".equals(request.getMethod())) {
            HttpEndpoint.respond(response, callback, 405, "application/json", NOT_OK, false);
            return;
        }
        String given = request.getHeaders().get(SECRET_HEADER);
        // Constant-time comparison: the secret is not guessed byte by byte from response times.
        if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
            refusals.warn("webhook call refused: missing or wrong secret token");
            // The body is left unread, so the connection cannot serve another call: say so, or a client reuses it.
            response.getHeaders().put(org.eclipse.jetty.http.HttpHeader.CONNECTION, "close");
            HttpEndpoint.respond(response, callback, 401, "application/json", NOT_OK, false);
            return;
        }
        if (request.getLength() > MAX_BODY) {
            HttpEndpoint.respond(response, callback, 413, "application/json", NOT_OK, false);
            return;
        }
        // Read without holding a thread, and whole within the deadline: a body that never ends costs nothing.
        Content.Source.asByteArrayAsync(request, MAX_BODY)
                .orTimeout(readDeadline.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((body, failure) -> {
                    if (failure != null) {
                        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                        response.getHeaders().put(HttpHeader.CONNECTION, "close");
                        int status = cause instanceof TimeoutException ? 408 : cause instanceof IllegalArgumentException ? 413 : 400;
                        HttpEndpoint.respond(response, callback, status, "application/json", NOT_OK, false);
                        return;
                    }
                    take(body, response, callback);
                });
    }

    private void take(byte[] body, Response response, Callback callback) {
        JsonNode item;
        try {
            item = json.readTree(body);
        } catch (IOException e) {
            HttpEndpoint.respond(response, callback, 400, "application/json", NOT_OK, false);
            return;
        }
        if (item == null || UpdateReader.idOf(item).isEmpty()) {
            HttpEndpoint.respond(response, callback, 400, "application/json", NOT_OK, false);
            return;
        }
        long id = UpdateReader.idOf(item).getAsLong();
        if (dispatcher.full()) {
            // Too many replies wait already: Telegram keeps the update and calls again later.
            LOG.warn("webhook update={} refused for now: the reply queue is full", id);
            HttpEndpoint.respond(response, callback, 503, "application/json", NOT_OK, false);
            return;
        }
        // Journaled before the 200 (so a crash after it loses nothing), then answered in the background:
        // a call returns at once, whatever its replies wait for; a repeated or concurrent call is skipped.
        try {
            if (dispatcher.accept(reader.read(List.of(item))) == 0) {
                LOG.info("duplicate or rejected update={} not handled", id);
            }
        } catch (UpdateJournal.Unwritable e) {
            // Not on disk: Telegram must keep it and call again.
            HttpEndpoint.respond(response, callback, 503, "application/json", NOT_OK, false);
            return;
        } catch (RuntimeException e) {
            LOG.error("webhook update={} could not be taken on: {}", id, Outbox.rootMessage(e));
            HttpEndpoint.respond(response, callback, 500, "application/json", NOT_OK, false);
            return;
        }
        health.succeeded();
        HttpEndpoint.respond(response, callback, 200, "application/json", OK, false);
    }

    @Override
    public void close() {
        server.close();
    }
}
