package kz.visitfacts.telegram;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * How the bot behaves under load and faults, read once from the environment with production defaults:
 * Telegram's sending limits, the inbound flood limit, retries and back-off, polling, and where the bot
 * keeps its memory of handled updates. Tests pass smaller numbers.
 */
public record BotSettings(
        double globalPerSecond, int chatBurst, double chatPerSecond, int groupPerMinute,
        int userBurst, Duration userRefill,
        Duration backoffBase, Duration backoffCap, int maxAttempts,
        int pollTimeoutSeconds, Duration pollingStaleAfter,
        Optional<Path> stateDir, Optional<Path> unansweredLog, Optional<Integer> healthPort) {

    public BotSettings {
        if (globalPerSecond <= 0 || chatPerSecond <= 0 || groupPerMinute <= 0 || chatBurst < 1 || userBurst < 1
                || maxAttempts < 1 || pollTimeoutSeconds < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (backoffCap.compareTo(Duration.ofMinutes(1)) >= 0) {
            throw new IllegalArgumentException("the back-off cap must stay under a minute");
        }
    }

    /** Telegram's documented limits, with a little room: ~30 messages a second overall, 1 a second a chat, 20 a minute a group. */
    public static BotSettings defaults() {
        return new BotSettings(28, 3, 1, 20, 4, Duration.ofSeconds(3), Duration.ofMillis(500), Duration.ofSeconds(20), 6,
                50, Duration.ofSeconds(90), Optional.of(Path.of("state")), Optional.empty(), Optional.empty());
    }

    /** The defaults, overridden by BOT_* and TELEGRAM_HEALTH_PORT environment variables. */
    public static BotSettings fromEnv(Map<String, String> env) throws BotConfig.InvalidConfigException {
        BotSettings d = defaults();
        try {
            return new BotSettings(
                    number(env, "BOT_RATE_GLOBAL_PER_SECOND", d.globalPerSecond()),
                    (int) number(env, "BOT_RATE_CHAT_BURST", d.chatBurst()),
                    number(env, "BOT_RATE_CHAT_PER_SECOND", d.chatPerSecond()),
                    (int) number(env, "BOT_RATE_GROUP_PER_MINUTE", d.groupPerMinute()),
                    (int) number(env, "BOT_FLOOD_BURST", d.userBurst()),
                    Duration.ofMillis((long) number(env, "BOT_FLOOD_REFILL_MS", d.userRefill().toMillis())),
                    d.backoffBase(), Duration.ofMillis((long) number(env, "BOT_BACKOFF_CAP_MS", d.backoffCap().toMillis())),
                    d.maxAttempts(), d.pollTimeoutSeconds(), d.pollingStaleAfter(),
                    Optional.of(Path.of(env.getOrDefault("BOT_STATE_DIR", "state"))),
                    Optional.ofNullable(env.get("BOT_UNANSWERED_LOG")).filter(s -> !s.isBlank()).map(Path::of),
                    env.containsKey("TELEGRAM_HEALTH_PORT") ? Optional.of((int) number(env, "TELEGRAM_HEALTH_PORT", 0)) : Optional.empty());
        } catch (IllegalArgumentException e) {
            throw new BotConfig.InvalidConfigException(e.getMessage());
        }
    }

    private static double number(Map<String, String> env, String name, double fallback) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(v.strip());
            if (d < 0 || Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a non-negative number, not \"" + v + "\"");
        }
    }

    public BotSettings withStateDir(Optional<Path> dir) {
        return new BotSettings(globalPerSecond, chatBurst, chatPerSecond, groupPerMinute, userBurst, userRefill, backoffBase,
                backoffCap, maxAttempts, pollTimeoutSeconds, pollingStaleAfter, dir, unansweredLog, healthPort);
    }
}
