package kz.visitfacts.telegram;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Telegram's sending limits, kept before Telegram enforces them: messages wait (never dropped) for a token
 * from the global bucket, their chat's bucket and, for a group, the group's per-minute bucket. A 429 from
 * Telegram pauses all sending for its retry_after.
 */
final class SendLimiter {
    private static final int MAX_CHATS = 50_000;

    private final BotSettings settings;
    private final Bucket global;
    private final Map<Long, Bucket> chats = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Bucket> eldest) {
            return size() > MAX_CHATS;
        }
    });
    private final Map<Long, Bucket> groups = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Bucket> eldest) {
            return size() > MAX_CHATS;
        }
    });
    private final AtomicLong pausedUntilNanos = new AtomicLong(System.nanoTime());

    SendLimiter(BotSettings settings) {
        this.settings = settings;
        long perSecond = Math.max(1, Math.round(settings.globalPerSecond()));
        this.global = Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perSecond).refillGreedy(perSecond, Duration.ofSeconds(1)).build())
                .build();
    }

    /** Waits until a message to {@code chatId} may go out. Group chats have negative ids. */
    void awaitPermit(Long chatId) throws InterruptedException {
        awaitPause();
        if (chatId != null) {
            chats.computeIfAbsent(chatId, id -> chatBucket()).asBlocking().consume(1);
            if (chatId < 0) {
                groups.computeIfAbsent(chatId, id -> groupBucket()).asBlocking().consume(1);
            }
        }
        global.asBlocking().consume(1);
        awaitPause();
    }

    /** Everything waits until {@code pause} has passed (Telegram's retry_after). */
    void pauseAll(Duration pause) {
        long until = System.nanoTime() + pause.toNanos();
        pausedUntilNanos.accumulateAndGet(until, Math::max);
    }

    boolean paused() {
        return pausedUntilNanos.get() - System.nanoTime() > 0;
    }

    private void awaitPause() throws InterruptedException {
        long wait;
        while ((wait = pausedUntilNanos.get() - System.nanoTime()) > 0) {
            Thread.sleep(Math.max(1, wait / 1_000_000), (int) (wait % 1_000_000));
        }
    }

    private Bucket chatBucket() {
        long nanosPerToken = (long) (1_000_000_000L / settings.chatPerSecond());
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(settings.chatBurst()).refillGreedy(1, Duration.ofNanos(nanosPerToken)).build())
                .build();
    }

    private Bucket groupBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(settings.groupPerMinute())
                        .refillGreedy(settings.groupPerMinute(), Duration.ofMinutes(1)).build())
                .build();
    }
}
