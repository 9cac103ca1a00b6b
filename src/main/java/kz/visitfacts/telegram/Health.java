package kz.visitfacts.telegram;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the bot last heard from Telegram. Polling that fails for a while is logged as a warning (once a
 * minute while it lasts); with TELEGRAM_HEALTH_PORT set, {@code GET /healthz} reports it: 200 while fresh,
 * 503 when stale.
 */
final class Health implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Health.class);

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
        long ago = Duration.between(lastSuccess.get(), Instant.now()).toSeconds();
        return "{\"status\":\"" + (healthy() ? "ok" : "stale") + "\",\"last_success_seconds_ago\":" + ago
                + ",\"last_error\":\"" + lastError.replace("\\", "\\\\").replace("\"", "'") + "\"}";
    }

    /** Serves GET /healthz on 127.0.0.1 and every interface of the given port. */
    void serve(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext("/healthz", ex -> {
            try (ex) {
                byte[] body = json().getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().set("Content-Type", "application/json");
                ex.sendResponseHeaders(healthy() ? 200 : 503, body.length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.setExecutor(null);
        server.start();
        LOG.info("health check on port {}: GET /healthz", server.getAddress().getPort());
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
