package kz.visitfacts.telegram;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Capped exponential back-off with full jitter: attempt n waits a random time up to min(cap, base·2ⁿ). */
final class Backoff {
    private final Duration base;
    private final Duration cap;

    Backoff(Duration base, Duration cap) {
        this.base = base;
        this.cap = cap;
    }

    Duration delay(int attempt) {
        long ceiling = Math.min(cap.toMillis(), base.toMillis() << Math.min(Math.max(attempt, 0), 20));
        // Half fixed, half random: never zero, and many clients retrying at once spread out.
        long half = Math.max(1, ceiling / 2);
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
    }

    static void sleep(Duration d) throws InterruptedException {
        Thread.sleep(Math.max(0, d.toMillis()));
    }
}
