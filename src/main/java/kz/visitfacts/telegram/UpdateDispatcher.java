package kz.visitfacts.telegram;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Handles updates, each on its own: skips one already handled, applies the flood limit, sends the replies,
 * remembers the update as handled, and logs one line per update ({@code answered}, {@code not-found},
 * {@code failed}, ...) that an operator can count with grep. An exception costs that update only.
 */
final class UpdateDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(UpdateDispatcher.class);

    private final UpdateHandler handler;
    private final Outbox outbox;
    private final ExecutorService workers;
    private final BotConfig config;
    private final HandledUpdates handled;
    private final InboundThrottle throttle;
    private final Optional<UnansweredLog> unanswered;
    private final AtomicLong count = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();

    UpdateDispatcher(UpdateHandler handler, Outbox outbox, ExecutorService workers, BotConfig config,
                     HandledUpdates handled, InboundThrottle throttle, Optional<UnansweredLog> unanswered) {
        this.handler = handler;
        this.outbox = outbox;
        this.workers = workers;
        this.config = config;
        this.handled = handled;
        this.throttle = throttle;
        this.unanswered = unanswered;
    }

    /**
     * Handles one update, whatever it holds: the returned future completes once its replies are sent (or
     * given up), and never fails.
     */
    CompletableFuture<Void> handle(Update u) {
        Integer id = u.getUpdateId();
        try {
            if (id != null && handled.contains(id)) {
                LOG.info("duplicate update={} skipped", id);
                return CompletableFuture.completedFuture(null);
            }
            Reply reply = handler.handle(u);
            InboundThrottle.Verdict verdict = reply.asker().map(throttle::check).orElse(InboundThrottle.Verdict.ANSWER);
            List<BotApiMethod<? extends Serializable>> calls = switch (verdict) {
                case ANSWER -> reply.calls();
                case NOTIFY -> List.of(handler.slowDown(u));
                case DROP -> List.of();
            };
            if (verdict == InboundThrottle.Verdict.ANSWER) {
                reply.unanswered().ifPresent(q -> unanswered.ifPresent(log -> log.append(q)));
            }
            // One update's calls go in order (a callback's answer before the message it brings).
            CompletableFuture<Boolean> sent = CompletableFuture.completedFuture(true);
            for (BotApiMethod<? extends Serializable> m : calls) {
                sent = sent.thenCompose(ok -> outbox.send(m).thenApply(next -> ok && next));
            }
            String outcome = verdict == InboundThrottle.Verdict.ANSWER ? outcome(reply.outcome()) : "throttled";
            return sent.handle((ok, e) -> {
                if (id != null) {
                    handled.add(id);
                }
                count.incrementAndGet();
                if (!Boolean.TRUE.equals(ok)) {
                    LOG.warn("failed update={} {}: a reply could not be sent", id, outcome);
                } else if (reply.outcome() != Reply.Outcome.IGNORED) {
                    LOG.info("{} update={}", outcome, id);
                }
                return null;
            });
        } catch (RuntimeException e) {
            errors.incrementAndGet();
            if (id != null) {
                // A poison update costs itself only: remembered, so it is not tried again forever.
                handled.add(id);
            }
            LOG.error("failed update={}: {}", id, config.redact(Outbox.rootMessage(e)));
            return CompletableFuture.completedFuture(null);
        }
    }

    private static String outcome(Reply.Outcome o) {
        return o.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Lets the updates being handled and their replies finish, up to {@code seconds}. */
    boolean drain(long seconds) throws InterruptedException {
        workers.shutdown();
        boolean handledAll = workers.awaitTermination(seconds, TimeUnit.SECONDS);
        return outbox.drain(java.time.Duration.ofSeconds(seconds)) && handledAll;
    }

    long handled() {
        return count.get();
    }

    long errors() {
        return errors.get();
    }
}
