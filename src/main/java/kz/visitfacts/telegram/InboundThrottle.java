package kz.visitfacts.telegram;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.util.Map;

/**
 * One user asking many questions a second: a few are answered at once, then one every few seconds; the
 * first question dropped gets one polite notice, the rest of that burst none. Other users are not slowed.
 */
final class InboundThrottle {
    /** What to do with a user's question. */
    enum Verdict { ANSWER, NOTIFY, DROP }

    private static final int MAX_USERS = 100_000;

    private record State(Bucket bucket, boolean[] notified) {
    }

    private final BotSettings settings;
    private final Map<Long, State> users = RecentMap.bounded(MAX_USERS);

    InboundThrottle(BotSettings settings) {
        this.settings = settings;
    }

    Verdict check(long userId) {
        State s = users.computeIfAbsent(userId, id -> new State(Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(settings.userBurst()).refillGreedy(1, settings.userRefill()).build())
                .build(), new boolean[1]));
        synchronized (s) {
            if (s.bucket().tryConsume(1)) {
                s.notified()[0] = false;
                return Verdict.ANSWER;
            }
            if (!s.notified()[0]) {
                s.notified()[0] = true;
                return Verdict.NOTIFY;
            }
            return Verdict.DROP;
        }
    }
}
