package kz.visitfacts.telegram;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.core.metrics.Info;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Locale;
import java.util.function.IntSupplier;

/**
 * What the bot counts for {@code GET /metrics}, in Prometheus's text format: updates received by type, their
 * outcomes (answered, not found, throttled, dropped, failed, ...), Bot API calls by method and outcome (429s
 * included), the send queue's depth, the time from an update to its reply and the time to find an answer, the fact
 * base's fingerprint and size, the version. {@link #NONE} counts nothing: without the health server there is no one
 * to read them, and the Prometheus client is never loaded. Its classes are left out of the class-data archive on
 * purpose (the rehearsal runs without the health server): they took 4.5 MB more of archive, and as much more RSS
 * in every start, for 30-90 ms saved once in a start with the health server.
 */
class BotMetrics {
    /** Counts nothing. */
    static final BotMetrics NONE = new BotMetrics();

    /** Update to reply: a reply waits for Telegram's limits, up to minutes for a busy group. */
    private static final double[] REPLY_SECONDS = {0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 180};
    /** Finding an answer and building its reply: microseconds to a few milliseconds. */
    private static final double[] MATCHING_SECONDS = {0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05, 0.25};

    private BotMetrics() {
    }

    /** A registry of every metric, read by {@link #scrape()}. */
    static BotMetrics prometheus(String version, String factsFingerprint, int facts, IntSupplier sendQueue) {
        return new Registered(version, factsFingerprint, facts, sendQueue);
    }

    void received(String type) {
    }

    void outcome(String outcome) {
    }

    void call(String method, String outcome) {
    }

    void replied(Duration sinceTakenOn) {
    }

    void matched(Duration took) {
    }

    /** The metrics in Prometheus's text format. */
    String scrape() {
        return "";
    }

    private static final class Registered extends BotMetrics {
        private final PrometheusRegistry registry = new PrometheusRegistry();
        private final Counter received;
        private final Counter outcomes;
        private final Counter calls;
        private final Histogram reply;
        private final Histogram matching;

        Registered(String version, String fingerprint, int facts, IntSupplier sendQueue) {
            received = Counter.builder().name("visitfacts_updates_received").help("Updates taken on, by type")
                    .labelNames("type").register(registry);
            outcomes = Counter.builder().name("visitfacts_updates_handled").help("Updates handled, by outcome")
                    .labelNames("outcome").register(registry);
            calls = Counter.builder().name("visitfacts_bot_api_calls").help("Bot API calls sent, each attempt by method and outcome")
                    .labelNames("method", "outcome").register(registry);
            reply = Histogram.builder().name("visitfacts_reply_seconds").help("From an update taken on to its replies sent")
                    .classicOnly().classicUpperBounds(REPLY_SECONDS).register(registry);
            matching = Histogram.builder().name("visitfacts_matching_seconds").help("Finding the answer to an update and building its reply")
                    .classicOnly().classicUpperBounds(MATCHING_SECONDS).register(registry);
            GaugeWithCallback.builder().name("visitfacts_send_queue").help("Bot API calls waiting to be sent or on their way")
                    .callback(cb -> cb.call(sendQueue.getAsInt())).register(registry);
            GaugeWithCallback.builder().name("visitfacts_facts").help("Facts in the fact base")
                    .callback(cb -> cb.call(facts)).register(registry);
            Info.builder().name("visitfacts_fact_base_info").help("The fact base's fingerprint (a SHA-256 of its files)")
                    .labelNames("fingerprint").register(registry).setLabelValues(fingerprint);
            Info.builder().name("visitfacts_build_info").help("The bot's version").labelNames("version")
                    .register(registry).setLabelValues(version);
        }

        @Override
        void received(String type) {
            received.labelValues(type).inc();
        }

        @Override
        void outcome(String outcome) {
            outcomes.labelValues(outcome).inc();
        }

        @Override
        void call(String method, String outcome) {
            calls.labelValues(method.toLowerCase(Locale.ROOT), outcome).inc();
        }

        @Override
        void replied(Duration sinceTakenOn) {
            reply.observe(sinceTakenOn.toNanos() / 1e9);
        }

        @Override
        void matched(Duration took) {
            matching.observe(took.toNanos() / 1e9);
        }

        @Override
        String scrape() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                PrometheusTextFormatWriter.create().write(out, registry.scrape());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
