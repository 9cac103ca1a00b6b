package kz.visitfacts.telegram;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;

/**
 * One user sending many updates a second, checked before any work is done on them (matching 300 long
 * messages cost 23 CPU-seconds when the limit came after the answer): questions — messages, {@code /ask} —
 * get a few answered at once, then one every few seconds; quick actions — commands, deep links, button
 * presses, inline queries — have their own, looser limit, so a user tapping through the menu is never told
 * to slow down with questions. The first update dropped gets one polite notice, the rest of that burst none.
 * Other users are not slowed.
 */
final class InboundThrottle {
    /** What to do with a user's update. */
    enum Verdict { ANSWER, NOTIFY, DROP }

    /** Which limit an update counts towards. */
    enum Kind { QUESTION, ACTION }

    /** Who sent an update, and which limit it counts towards. */
    record Asking(long user, Kind kind) {
    }

    private static final int MAX_USERS = 100_000;

    private record State(Bucket bucket, boolean[] notified) {
    }

    private final BotSettings settings;
    private final Map<Asking, State> users = RecentMap.bounded(MAX_USERS);

    InboundThrottle(BotSettings settings) {
        this.settings = settings;
    }

    Verdict check(Asking asking) {
        State s = users.computeIfAbsent(asking, a -> a.kind() == Kind.QUESTION
                ? state(settings.userBurst(), settings.userRefill())
                : state(settings.actionBurst(), settings.actionRefill()));
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

    private static State state(int burst, Duration refill) {
        return new State(Bucket.builder().addLimit(Bandwidth.builder().capacity(burst).refillGreedy(1, refill).build()).build(),
                new boolean[1]);
    }
}
