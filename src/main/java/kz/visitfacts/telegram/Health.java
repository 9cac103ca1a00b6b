package kz.visitfacts.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the bot works, told truthfully. In long polling: when it last heard from Telegram (polling that fails
 * for a while is logged as a warning, once a minute while it lasts, and is "stale"). In webhook mode silence
 * is no failure — Telegram calls only when there is something to say — so only the webhook's own problems
 * count. In both, any problem the bot reports (the journal cannot write, a worker stuck past its deadline)
 * makes it "degraded". With TELEGRAM_HEALTH_PORT set, {@code GET /healthz} (exactly; GET or HEAD) reports it
 * as JSON: 200 while ok, 503 otherwise; {@code GET /metrics} serves the bot's metrics beside it.
 */
final class Health implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Health.class);

    private static final String PATH = "/healthz";
    private static final String METRICS = "/metrics";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Duration staleAfter;
    private final AtomicReference<Instant> lastSuccess = new AtomicReference<>(Instant.now());
    private final AtomicReference<Instant> lastWarning = new AtomicReference<>(Instant.EPOCH);
    private final List<Supplier<Optional<String>>> checks = new CopyOnWriteArrayList<>();
    private volatile String lastError = "";
    private volatile boolean polling = true;
    private HttpEndpoint server;

    Health(Duration staleAfter) {
        this.staleAfter = staleAfter;
    }

    /** Updates arrive by webhook: no traffic for a while is not a failure. */
    void receivingByWebhook() {
        polling = false;
    }

    /** A problem to report while it lasts: the supplier says what is wrong, or nothing. */
    void check(Supplier<Optional<String>> problem) {
        checks.add(problem);
    }

    void succeeded() {
        lastSuccess.set(Instant.now());
        lastError = "";
    }

    void failed(String why) {
        lastError = why;
        Duration since = Duration.between(lastSuccess.get(), Instant.now());
        if (since.compareTo(staleAfter) > 0 && Duration.between(lastWarning.get(), Instant.now()).toSeconds() >= 60) {
            lastWarning.set(Instant.now());
            LOG.warn("no successful poll for {} s (last error: {})", since.toSeconds(), why);
        }
    }

    private boolean stale() {
        return polling && Duration.between(lastSuccess.get(), Instant.now()).compareTo(staleAfter) > 0;
    }

    List<String> problems() {
        List<String> found = new ArrayList<>();
        for (Supplier<Optional<String>> c : checks) {
            c.get().ifPresent(found::add);
        }
        return found;
    }

    boolean healthy() {
        return !stale() && problems().isEmpty();
    }

    String json() {
        List<String> problems = problems();
        ObjectNode body = JSON.createObjectNode();
        body.put("status", stale() ? "stale" : problems.isEmpty() ? "ok" : "degraded");
        body.put("mode", polling ? "polling" : "webhook");
        body.put(polling ? "last_success_seconds_ago" : "last_update_seconds_ago",
                Duration.between(lastSuccess.get(), Instant.now()).toSeconds());
        body.put("last_error", lastError);
        problems.forEach(body.putArray("problems")::add);
        return body.toString();
    }

    /**
     * Serves {@code GET /healthz} (and HEAD) on one address, 127.0.0.1 unless the operator chose another, and
     * {@code GET /metrics}: {@code metrics} in Prometheus's text format.
     */
    void serve(String address, int port, Duration readDeadline, BotMetrics metrics) throws IOException {
        server = new HttpEndpoint("health", new InetSocketAddress(address, port), readDeadline, new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                answer(request, response, callback, metrics);
                return true;
            }
        });
        LOG.info("health check on {}:{}: GET {} and {}", address, server.port(), PATH, METRICS);
    }

    private void answer(Request request, Response response, Callback callback, BotMetrics metrics) {
        if (METRICS.equals(request.getHttpURI().getPath())) {
            if (!"GET".equals(request.getMethod())) {
                HttpEndpoint.respond(response, callback, 405, "text/plain", "", false);
                return;
            }
            HttpEndpoint.respond(response, callback, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape(), false);
            return;
        }
        if (!PATH.equals(request.getHttpURI().getPath())) {
            HttpEndpoint.respond(response, callback, 404, "application/json", "{}", false);
            return;
        }
        boolean head = "HEAD".equals(request.getMethod());
        if (!head && !"GET".equals(request.getMethod())) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            HttpEndpoint.respond(response, callback, 405, "application/json", "{}", false);
            return;
        }
        String body = json();
        HttpEndpoint.respond(response, callback, healthy() ? 200 : 503, "application/json", body, head);
    }

    int port() {
        return server == null ? -1 : server.port();
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
