package kz.visitfacts.telegram;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Telegram's sending limits, kept before Telegram enforces them: messages wait (never dropped, and without
 * holding a thread) for a token
 * from the global bucket, their chat's bucket and, for a group, the group's per-minute bucket. A 429 from
 * Telegram pauses all sending for its retry_after; a message whose global token fell due during a pause takes
 * a new one after it, so the queue goes out at the configured rate, not in one burst (98 messages in one
 * second once followed a 10 s pause).
 */
final class SendLimiter {
    private static final int MAX_CHATS = 50_000;

    private final BotSettings settings;
    private final Bucket global;
    private final Map<Long, Bucket> chats = RecentMap.bounded(MAX_CHATS);
    private final Map<Long, Bucket> groups = RecentMap.bounded(MAX_CHATS);
    private final AtomicLong pausedUntilNanos = new AtomicLong(System.nanoTime());

    SendLimiter(BotSettings settings) {
        this.settings = settings;
        this.global = windowed(Math.max(1, Math.round(settings.globalPerSecond())), 10, Duration.ofSeconds(1));
    }

    /**
     * A bucket that lets at most {@code limit} through in any window of {@code window}: a token bucket
     * allows its capacity plus a window's refill, so the capacity (the burst) is a share of the limit and
     * the refill the rest.
     */
    static Bucket windowed(long limit, int burstDivisor, Duration window) {
        long burst = Math.max(1, limit / burstDivisor);
        long refill = Math.max(1, limit - burst);
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(refill, window).build())
                .build();
    }

    /**
     * Completes when a message to {@code chatId} (null: not a chat message) may go out, without holding a
     * thread meanwhile: a group waiting a minute for its turn must not stop every other chat.
     */
    CompletableFuture<Void> permit(Long chatId, ScheduledExecutorService t) {
        CompletableFuture<Void> f = afterPause(t);
        if (chatId != null) {
            Bucket chat = chats.computeIfAbsent(chatId, id -> chatBucket());
            f = f.thenCompose(v -> chat.asScheduler().consume(1, t));
            if (chatId < 0) {
                Bucket group = groups.computeIfAbsent(chatId, id -> groupBucket());
                f = f.thenCompose(v -> group.asScheduler().consume(1, t));
            }
            return f.thenCompose(v -> globalToken(t));
        }
        return f.thenCompose(v -> afterPause(t));
    }

    /** A global token taken outside any pause: one that falls due during a pause is spent, and another taken after it. */
    private CompletableFuture<Void> globalToken(ScheduledExecutorService t) {
        return global.asScheduler().consume(1, t).thenCompose(v -> pausedUntilNanos.get() - System.nanoTime() > 0
                ? afterPause(t).thenCompose(w -> globalToken(t))
                : CompletableFuture.completedFuture(null));
    }

    private CompletableFuture<Void> afterPause(ScheduledExecutorService timer) {
        long wait = pausedUntilNanos.get() - System.nanoTime();
        if (wait <= 0) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> f = new CompletableFuture<>();
        timer.schedule(() -> f.complete(null), wait, TimeUnit.NANOSECONDS);
        return f.thenCompose(v -> afterPause(timer));
    }

    /** Everything waits until {@code pause} has passed (Telegram's retry_after). */
    void pauseAll(Duration pause) {
        long until = System.nanoTime() + pause.toNanos();
        pausedUntilNanos.accumulateAndGet(until, Math::max);
    }

    private Bucket chatBucket() {
        long nanosPerToken = (long) (1_000_000_000L / settings.chatPerSecond());
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(settings.chatBurst()).refillGreedy(1, Duration.ofNanos(nanosPerToken)).build())
                .build();
    }

    private Bucket groupBucket() {
        return windowed(settings.groupPerMinute(), 4, Duration.ofMinutes(1));
    }
}
