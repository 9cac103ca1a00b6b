package kz.visitfacts.telegram;

import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;

/**
 * A warning that a flood cannot turn into a flood of log lines: at most one line per period, saying how many
 * like it were left out since the last. Wrong webhook secrets at 1,600 a second wrote 31,744 lines in 20 s.
 */
final class RefusalLog {
    private final Logger log;
    private final long periodNanos;
    private final AtomicLong next = new AtomicLong(Long.MIN_VALUE);
    private final AtomicLong leftOut = new AtomicLong();

    RefusalLog(Logger log, java.time.Duration period) {
        this.log = log;
        this.periodNanos = period.toNanos();
    }

    void warn(String message) {
        long now = System.nanoTime();
        long due = next.get();
        if ((due == Long.MIN_VALUE || now - due >= 0) && next.compareAndSet(due, now + periodNanos)) {
            long more = leftOut.getAndSet(0);
            log.warn(more == 0 ? message : message + " (" + more + " more like it since the last such line)");
        } else {
            leftOut.incrementAndGet();
        }
    }
}
