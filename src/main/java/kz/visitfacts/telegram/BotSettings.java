package kz.visitfacts.telegram;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the bot behaves under load and faults, read once from the environment with production defaults:
 * Telegram's sending limits, the bounds on waiting replies, the inbound flood limit, retries and back-off,
 * polling, where the bot keeps its journal, the health check, and how long and how many conversations are remembered
 * for follow-up questions. Tests pass other numbers directly.
 */
public record BotSettings(
        double globalPerSecond, int chatBurst, double chatPerSecond, int groupPerMinute,
        int userBurst, Duration userRefill, int actionBurst, Duration actionRefill,
        Duration backoffBase, Duration backoffCap, int maxAttempts,
        int pollTimeoutSeconds, Duration pollingStaleAfter,
        Optional<Path> stateDir, Optional<Path> unansweredLog, Optional<Integer> healthPort, String healthListen,
        int groupQueue, int queueMax, Duration callDeadline, Duration readDeadline, Duration contextTtl, int contextMax) {

    public BotSettings {
        if (globalPerSecond <= 0 || chatPerSecond <= 0 || groupPerMinute <= 0 || chatBurst < 1 || userBurst < 1 || actionBurst < 1
                || maxAttempts < 1 || pollTimeoutSeconds < 0 || groupQueue < 1 || queueMax < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (callDeadline.isNegative() || callDeadline.isZero() || readDeadline.isNegative() || readDeadline.isZero()) {
            throw new IllegalArgumentException("deadlines must be positive");
        }
        if (contextTtl.isNegative() || contextMax < 1) {
            throw new IllegalArgumentException("a conversation's time must not be negative, and at least one must be held");
        }
        if (backoffCap.compareTo(Duration.ofMinutes(1)) >= 0) {
            throw new IllegalArgumentException("the back-off cap must stay under a minute");
        }
    }

    /** Telegram's documented limits, with a little room: ~30 messages a second overall, 1 a second a chat, 20 a minute a group. */
    public static BotSettings defaults() {
        return new BotSettings(28, 3, 1, 20, 4, Duration.ofSeconds(3), 10, Duration.ofMillis(500), Duration.ofMillis(500), Duration.ofSeconds(20), 6,
                50, Duration.ofSeconds(90), Optional.of(Path.of("state")), Optional.empty(), Optional.empty(), "127.0.0.1",
                60, 5000, Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofMinutes(10), 5000);
    }

    /**
     * The defaults, overridden by BOT_* and TELEGRAM_HEALTH_* environment variables. Every setting out of its
     * range is reported, one line each, before anything else happens.
     */
    public static BotSettings fromEnv(Map<String, String> env) throws BotConfig.InvalidConfigException {
        BotSettings d = defaults();
        Reader r = new Reader(env);
        double global = r.number("BOT_RATE_GLOBAL_PER_SECOND", d.globalPerSecond(), 1, 30, "Telegram allows about 30 messages a second");
        double burst = r.number("BOT_RATE_CHAT_BURST", d.chatBurst(), 1, 20, null);
        double perChat = r.number("BOT_RATE_CHAT_PER_SECOND", d.chatPerSecond(), 0.01, 1, "Telegram allows about 1 message a second to a chat");
        double perGroup = r.number("BOT_RATE_GROUP_PER_MINUTE", d.groupPerMinute(), 1, 20, "Telegram allows 20 messages a minute to a group");
        double userBurst = r.number("BOT_FLOOD_BURST", d.userBurst(), 1, 1000, null);
        double refill = r.number("BOT_FLOOD_REFILL_MS", d.userRefill().toMillis(), 100, 3_600_000, null);
        double actionBurst = r.number("BOT_FLOOD_ACTION_BURST", d.actionBurst(), 1, 1000, null);
        double actionRefill = r.number("BOT_FLOOD_ACTION_REFILL_MS", d.actionRefill().toMillis(), 10, 3_600_000, null);
        double cap = r.number("BOT_BACKOFF_CAP_MS", d.backoffCap().toMillis(), 1000, 59_999, "retries need at least a second between them");
        double groupQueue = r.number("BOT_GROUP_QUEUE", d.groupQueue(), 1, 10_000, null);
        double queueMax = r.number("BOT_QUEUE_MAX", d.queueMax(), 10, 1_000_000, null);
        double contextMinutes = r.number("BOT_CONTEXT_MINUTES", d.contextTtl().toMinutes(), 0, 1440,
                "how long a chat's last question stays the context of its next; 0 reads every message alone");
        double contextMax = r.number("BOT_CONTEXT_MAX", d.contextMax(), 10, 1_000_000, "about 2 KB of memory each");
        // Blank is unset, as for every other setting (an env file's "TELEGRAM_HEALTH_PORT=" is off, not port 0).
        Optional<Integer> healthPort = env.get("TELEGRAM_HEALTH_PORT") != null && !env.get("TELEGRAM_HEALTH_PORT").isBlank()
                ? Optional.of((int) r.number("TELEGRAM_HEALTH_PORT", 0, 1, 65535, null)) : Optional.empty();
        String healthListen = env.getOrDefault("TELEGRAM_HEALTH_LISTEN", d.healthListen()).strip();
        if (!isAddress(healthListen)) {
            r.problems.add("TELEGRAM_HEALTH_LISTEN must be an IP address to listen on, like 127.0.0.1 or 0.0.0.0, not \"" + healthListen + "\"");
        }
        String stateDir = env.getOrDefault("BOT_STATE_DIR", "state");
        if (stateDir.isBlank()) {
            r.problems.add("BOT_STATE_DIR must name a folder");
        }
        if (!r.problems.isEmpty()) {
            throw new BotConfig.InvalidConfigException(String.join("\n", r.problems));
        }
        return new BotSettings(global, (int) burst, perChat, (int) perGroup, (int) userBurst, Duration.ofMillis((long) refill),
                (int) actionBurst, Duration.ofMillis((long) actionRefill),
                d.backoffBase(), Duration.ofMillis((long) cap), d.maxAttempts(), d.pollTimeoutSeconds(), d.pollingStaleAfter(),
                Optional.of(Path.of(stateDir)),
                Optional.ofNullable(env.get("BOT_UNANSWERED_LOG")).filter(s -> !s.isBlank()).map(Path::of),
                healthPort, healthListen, (int) groupQueue, (int) queueMax, d.callDeadline(), d.readDeadline(),
                Duration.ofSeconds(Math.round(contextMinutes * 60)), (int) contextMax);
    }

    /** A literal IP address (a host name would need a DNS lookup, and could listen somewhere unexpected). */
    private static boolean isAddress(String s) {
        if (!s.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false;
        }
        try {
            InetAddress.getByName(s);
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Reads numbers, collecting every problem instead of stopping at the first. */
    private static final class Reader {
        private final Map<String, String> env;
        private final List<String> problems = new ArrayList<>();

        Reader(Map<String, String> env) {
            this.env = env;
        }

        double number(String name, double fallback, double min, double max, String why) {
            String v = env.get(name);
            if (v == null || v.isBlank()) {
                return fallback;
            }
            double d;
            try {
                d = Double.parseDouble(v.strip());
            } catch (NumberFormatException e) {
                d = Double.NaN;
            }
            if (Double.isNaN(d) || d < min || d > max) {
                problems.add(name + " must be a number from " + plain(min) + " to " + plain(max) + ", not \"" + v + "\""
                        + (why == null ? "" : " (" + why + ")"));
                return fallback;
            }
            return d;
        }

        private static String plain(double d) {
            return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
        }
    }

    public BotSettings withStateDir(Optional<Path> dir) {
        return new BotSettings(globalPerSecond, chatBurst, chatPerSecond, groupPerMinute, userBurst, userRefill, actionBurst,
                actionRefill, backoffBase,
                backoffCap, maxAttempts, pollTimeoutSeconds, pollingStaleAfter, dir, unansweredLog, healthPort, healthListen,
                groupQueue, queueMax, callDeadline, readDeadline, contextTtl, contextMax);
    }
}
