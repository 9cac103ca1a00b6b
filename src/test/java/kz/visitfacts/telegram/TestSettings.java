package kz.visitfacts.telegram;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Bot settings for tests: production defaults with short waits (back-off 20 ms to 300 ms), changed one at a time. */
final class TestSettings {
    private double globalPerSecond;
    private int chatBurst;
    private double chatPerSecond;
    private int groupPerMinute;
    private int userBurst = 100;
    private Duration userRefill;
    private int actionBurst = 100;
    private Duration actionRefill = BotSettings.defaults().actionRefill();
    private Duration staleAfter = Duration.ofSeconds(5);
    private Optional<Path> stateDir = Optional.empty();
    private Optional<Path> unansweredLog = Optional.empty();
    private Optional<Integer> healthPort = Optional.empty();
    private int groupQueue = BotSettings.defaults().groupQueue();
    private int queueMax = BotSettings.defaults().queueMax();
    /** Short, so that a test of a call that never ends takes seconds. */
    private Duration callDeadline = Duration.ofSeconds(5);
    private Duration readDeadline = Duration.ofSeconds(1);
    private Duration contextTtl = BotSettings.defaults().contextTtl();
    private int contextMax = BotSettings.defaults().contextMax();

    private TestSettings() {
        BotSettings d = BotSettings.defaults();
        globalPerSecond = d.globalPerSecond();
        chatBurst = d.chatBurst();
        chatPerSecond = d.chatPerSecond();
        groupPerMinute = d.groupPerMinute();
        userRefill = d.userRefill();
    }

    static TestSettings fast() {
        return new TestSettings();
    }

    TestSettings limits(double global, int burst, double perChat, int perGroupMinute) {
        globalPerSecond = global;
        chatBurst = burst;
        chatPerSecond = perChat;
        groupPerMinute = perGroupMinute;
        return this;
    }

    TestSettings flood(int burst, Duration refill) {
        userBurst = burst;
        userRefill = refill;
        return this;
    }

    TestSettings actions(int burst, Duration refill) {
        actionBurst = burst;
        actionRefill = refill;
        return this;
    }

    TestSettings state(Optional<Path> dir) {
        stateDir = dir;
        return this;
    }

    TestSettings unanswered(Path log) {
        unansweredLog = Optional.of(log);
        return this;
    }

    TestSettings health(int port, Duration stale) {
        healthPort = Optional.of(port);
        staleAfter = stale;
        return this;
    }

    TestSettings queues(int perGroup, int overall) {
        groupQueue = perGroup;
        queueMax = overall;
        return this;
    }

    TestSettings callDeadline(Duration d) {
        callDeadline = d;
        return this;
    }

    TestSettings readDeadline(Duration d) {
        readDeadline = d;
        return this;
    }

    TestSettings conversations(Duration ttl, int max) {
        contextTtl = ttl;
        contextMax = max;
        return this;
    }

    BotSettings build() {
        BotSettings d = BotSettings.defaults();
        return new BotSettings(globalPerSecond, chatBurst, chatPerSecond, groupPerMinute, userBurst, userRefill, actionBurst, actionRefill,
                Duration.ofMillis(20), Duration.ofMillis(300), d.maxAttempts(), d.pollTimeoutSeconds(), staleAfter,
                stateDir, unansweredLog, healthPort, "127.0.0.1", groupQueue, queueMax, callDeadline, readDeadline,
                contextTtl, contextMax);
    }
}
