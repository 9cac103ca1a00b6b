package kz.visitfacts.telegram;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the bot last heard from Telegram. Polling that fails for a while is logged as a warning (once a
 * minute while it lasts); with TELEGRAM_HEALTH_PORT set, {@code GET /healthz} (exactly; GET or HEAD) reports
 * it as JSON: 200 while fresh, 503 when stale; {@code GET /metrics} serves the bot's metrics beside it.
 */
final class Health implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Health.class);

    private static final String PATH = "/healthz";
    private static final String METRICS = "/metrics";
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final Duration staleAfter;
    private final AtomicReference<Instant> lastSuccess = new AtomicReference<>(Instant.now());
    private final AtomicReference<Instant> lastWarning = new AtomicReference<>(Instant.EPOCH);
    private volatile String lastError = "";
    private HttpServer server;

    Health(Duration staleAfter) {
        this.staleAfter = staleAfter;
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

    boolean healthy() {
        return Duration.between(lastSuccess.get(), Instant.now()).compareTo(staleAfter) <= 0;
    }

    String json() {
        ObjectNode body = JSON.createObjectNode();
        body.put("status", healthy() ? "ok" : "stale");
        body.put("last_success_seconds_ago", Duration.between(lastSuccess.get(), Instant.now()).toSeconds());
        body.put("last_error", lastError);
        return body.toString();
    }

    /**
     * Serves {@code GET /healthz} (and HEAD) on one address, 127.0.0.1 unless the operator chose another, and
     * {@code GET /metrics}: {@code metrics} in Prometheus's text format.
     */
    void serve(String address, int port, BotMetrics metrics) throws IOException {
        server = HttpServer.create(new InetSocketAddress(address, port), 0);
        server.createContext(METRICS, ex -> {
            try (ex) {
                if (!ex.getRequestURI().getPath().equals(METRICS) || !"GET".equals(ex.getRequestMethod())) {
                    ex.sendResponseHeaders(ex.getRequestURI().getPath().equals(METRICS) ? 405 : 404, -1);
                    return;
                }
                byte[] body = metrics.scrape().getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
                ex.sendResponseHeaders(200, body.length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.createContext(PATH, ex -> {
            try (ex) {
                ex.getResponseHeaders().set("Content-Type", "application/json");
                if (!ex.getRequestURI().getPath().equals(PATH)) {
                    ex.sendResponseHeaders(404, -1);
                    return;
                }
                boolean head = "HEAD".equals(ex.getRequestMethod());
                if (!head && !"GET".equals(ex.getRequestMethod())) {
                    ex.getResponseHeaders().set("Allow", "GET, HEAD");
                    ex.sendResponseHeaders(405, -1);
                    return;
                }
                byte[] body = json().getBytes(StandardCharsets.UTF_8);
                ex.sendResponseHeaders(healthy() ? 200 : 503, head ? -1 : body.length);
                if (!head) {
                    try (OutputStream out = ex.getResponseBody()) {
                        out.write(body);
                    }
                }
            }
        });
        server.setExecutor(null);
        server.start();
        LOG.info("health check on {}:{}: GET {} and {}", address, server.getAddress().getPort(), PATH, METRICS);
    }

    int port() {
        return server == null ? -1 : server.getAddress().getPort();
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
    }
}
