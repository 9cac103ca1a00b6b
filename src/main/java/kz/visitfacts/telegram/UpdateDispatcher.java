package kz.visitfacts.telegram;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import kz.visitfacts.facts.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Takes updates in and answers them, each on its own. Taking in is quick and never waits for sending: an
 * update new to the {@link UpdateJournal} is written there and handed to a worker, and only then may Telegram
 * be told it arrived. Handling applies the flood limit, the bound on a group's waiting replies, sends the
 * replies (which may wait minutes for a group's rate limit), marks the update done, and logs one line per
 * update ({@code answered}, {@code not-found}, {@code dropped}, {@code failed}, ...) an operator can count with
 * grep. An exception costs that update only.
 */
final class UpdateDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(UpdateDispatcher.class);

    private final UpdateHandler handler;
    private final Outbox outbox;
    private final ExecutorService workers;
    private final BotConfig config;
    private final UpdateJournal journal;
    private final InboundThrottle throttle;
    private final Optional<UnansweredLog> unanswered;
    private final BotSettings settings;
    private final AtomicLong count = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final RejectedUpdates rejected;
    /** Update id → System.nanoTime() its handler started, while it runs. */
    private final Map<Integer, Long> busy = new ConcurrentHashMap<>();

    private final BotMetrics metrics;

    UpdateDispatcher(UpdateHandler handler, Outbox outbox, ExecutorService workers, BotConfig config,
                     UpdateJournal journal, InboundThrottle throttle, Optional<UnansweredLog> unanswered, BotSettings settings,
                     BotMetrics metrics, RejectedUpdates rejected) {
        this.metrics = metrics;
        this.rejected = rejected;
        this.handler = handler;
        this.outbox = outbox;
        this.workers = workers;
        this.config = config;
        this.journal = journal;
        this.throttle = throttle;
        this.unanswered = unanswered;
        this.settings = settings;
    }

    /**
     * Takes on a batch: the new updates are journaled, then handled in the background; those set aside are
     * recorded (and their ids remembered). Returns how many were new. When this returns, Telegram may forget
     * the batch; when it throws, nothing of it was taken on and Telegram must keep it.
     */
    int accept(UpdateReader.Batch batch) throws UpdateJournal.Unwritable {
        List<Incoming> fresh = journal.accept(batch.updates());
        if (fresh.size() < batch.updates().size()) {
            LOG.info("{} update(s) already taken on were skipped", batch.updates().size() - fresh.size());
        }
        for (UpdateReader.Rejected r : batch.rejected()) {
            if (r.id().isPresent() && r.id().getAsLong() == (int) r.id().getAsLong()) {
                if (journal.contains((int) r.id().getAsLong())) {
                    continue;
                }
                journal.skip((int) r.id().getAsLong());
            }
            rejected.record(r);
            metrics.outcome("rejected");
        }
        fresh.forEach(u -> metrics.received(type(u.update())));
        fresh.forEach(this::start);
        return fresh.size();
    }

    /**
     * The updates taken on before a restart and not done: handled again (their sends in flight may repeat),
     * except those whose handling was cut off twice, which are set aside.
     */
    int replay() {
        List<Incoming> failedTwice = new ArrayList<>();
        List<Incoming> pending = journal.replay(failedTwice);
        for (Incoming u : failedTwice) {
            rejected.record(new UpdateReader.Rejected(OptionalLong.of(u.id()),
                    "failed twice: two starts in a row found it not handled", u.raw().toString()));
        }
        if (!pending.isEmpty()) {
            LOG.info("handling {} update(s) taken on before a restart and not finished", pending.size());
            pending.forEach(this::start);
        }
        return pending.size();
    }

    /** The updates whose handler is running now (not those waiting for their replies to go out). */
    Set<Integer> busy() {
        return Set.copyOf(busy.keySet());
    }

    /** What a worker stuck past {@code after} is doing, if one is: for the health check. */
    Optional<String> stuck(Duration after) {
        long now = System.nanoTime();
        for (var e : busy.entrySet()) {
            long seconds = Duration.ofNanos(now - e.getValue()).toSeconds();
            if (now - e.getValue() > after.toNanos()) {
                return Optional.of("a worker has been handling update " + e.getKey() + " for " + seconds + " s");
            }
        }
        return Optional.empty();
    }

    /** Whether the waiting replies reached their overall bound: receiving should pause until they go out. */
    boolean full() {
        return journal.pendingCount() >= settings.queueMax();
    }

    private void start(Incoming u) {
        long takenOn = System.nanoTime();
        try {
            workers.execute(() -> handle(u.update(), takenOn));
        } catch (RejectedExecutionException stopping) {
            // Stopping: the update stays in the journal and is handled after the restart.
        }
    }

    /**
     * Handles one update, whatever it holds: the returned future completes once its replies are sent (or
     * given up) and the update is marked done, and never fails.
     */
    CompletableFuture<Void> handle(Update u) {
        return handle(u, System.nanoTime());
    }

    /** As above, for an update taken on at {@code takenOn} (System.nanoTime): the time to its reply is measured from there. */
    private CompletableFuture<Void> handle(Update u, long takenOn) {
        Integer id = u.getUpdateId();
        if (id != null) {
            busy.put(id, System.nanoTime());
        }
        try {
            return handleNow(u, id, takenOn);
        } finally {
            if (id != null) {
                busy.remove(id);
            }
        }
    }

    private CompletableFuture<Void> handleNow(Update u, Integer id, long takenOn) {
        try {
            // The flood limit comes first: a throttled update costs no matching.
            InboundThrottle.Verdict verdict = handler.asking(u).map(throttle::check).orElse(InboundThrottle.Verdict.ANSWER);
            long matching = System.nanoTime();
            Reply reply = verdict == InboundThrottle.Verdict.ANSWER ? handler.handle(u) : Reply.ignored();
            if (verdict == InboundThrottle.Verdict.ANSWER) {
                metrics.matched(Duration.ofNanos(System.nanoTime() - matching));
            }
            List<BotApiMethod<? extends Serializable>> calls = switch (verdict) {
                case ANSWER -> reply.calls();
                case NOTIFY -> handler.slowDown(u);
                case DROP -> List.of();
            };
            String outcome = verdict == InboundThrottle.Verdict.ANSWER ? outcome(reply.outcome()) : "throttled";
            Long group = groupOf(calls);
            if (group != null && outbox.waiting(group) >= settings.groupQueue()) {
                // A group asking faster than its 20 messages a minute: past the bound, new questions are not answered.
                dropped.incrementAndGet();
                metrics.outcome("dropped");
                LOG.warn("dropped update={} {}: {} replies already wait for group {}", id, outcome, outbox.waiting(group), group);
                finish(id);
                return CompletableFuture.completedFuture(null);
            }
            if (verdict == InboundThrottle.Verdict.ANSWER) {
                reply.unanswered().ifPresent(q -> unanswered.ifPresent(log -> log.append(q)));
            }
            // One update's calls go in order (a callback's answer before the message it brings).
            CompletableFuture<Boolean> sent = CompletableFuture.completedFuture(true);
            for (BotApiMethod<? extends Serializable> m : calls) {
                sent = sent.thenCompose(ok -> outbox.send(m).thenApply(next -> ok && next));
            }
            return sent.handle((ok, e) -> {
                finish(id);
                count.incrementAndGet();
                Duration latency = Duration.ofNanos(System.nanoTime() - takenOn);
                if (!Boolean.TRUE.equals(ok)) {
                    metrics.outcome("failed");
                    LOG.warn("failed update={} {}: a reply could not be sent", id, outcome);
                } else if (reply.outcome() != Reply.Outcome.IGNORED || verdict != InboundThrottle.Verdict.ANSWER) {
                    metrics.outcome(outcome);
                    metrics.replied(latency);
                    logHandled(id, outcome, latency, reply, u);
                } else {
                    metrics.outcome("ignored");
                }
                return null;
            });
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // Errors too: what one update's text exhausted is freed as its stack unwinds, and an update whose
            // worker died unmarked would be replayed at every start.
            metrics.outcome("failed");
            errors.incrementAndGet();
            // A poison update costs itself only: marked done, so it is not tried again forever.
            finish(id);
            LOG.error("failed update={}: {}", id, config.redact(Outbox.rootMessage(e)));
            return CompletableFuture.completedFuture(null);
        }
    }

    /**
     * One line per update handled: "answered update=12 latency_ms=35 lang=zh chat=private", the same fields as
     * key-value pairs for the JSON format.
     */
    private static void logHandled(Integer id, String outcome, Duration latency, Reply reply, Update u) {
        String lang = reply.language().map(Language::code).orElse("-");
        String chat = chatType(u);
        LOG.atInfo().setMessage("{} update={} latency_ms={} lang={} chat={}")
                .addArgument(outcome).addArgument(id).addArgument(latency.toMillis()).addArgument(lang).addArgument(chat)
                .addKeyValue("outcome", outcome).addKeyValue("update", id).addKeyValue("latency_ms", latency.toMillis())
                .addKeyValue("lang", lang).addKeyValue("chat", chat)
                .log();
    }

    /** What an update is, for the metrics: message, edited_message, inline_query, callback_query or other. */
    private static String type(Update u) {
        return u.hasMessage() ? "message" : u.hasEditedMessage() ? "edited_message" : u.hasInlineQuery() ? "inline_query"
                : u.hasCallbackQuery() ? "callback_query" : "other";
    }

    /** Where an update comes from: private, group, supergroup, channel, or inline (an inline query or its button). */
    private static String chatType(Update u) {
        Message m = u.hasMessage() ? u.getMessage() : u.hasEditedMessage() ? u.getEditedMessage() : null;
        if (m == null && u.hasCallbackQuery() && u.getCallbackQuery().getMessage() instanceof Message cm) {
            m = cm;
        }
        return m != null && m.getChat() != null && m.getChat().getType() != null ? m.getChat().getType() : "inline";
    }

    private void finish(Integer id) {
        if (id != null) {
            journal.done(id);
        }
    }

    /** The group a reply goes to, when it goes to one (group and supergroup ids are negative). */
    private static Long groupOf(List<BotApiMethod<? extends Serializable>> calls) {
        for (BotApiMethod<? extends Serializable> m : calls) {
            Long chat = Outbox.chatOf(m);
            if (chat != null && chat < 0) {
                return chat;
            }
        }
        return null;
    }

    private static String outcome(Reply.Outcome o) {
        return o.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Lets the updates being handled and their replies finish until {@code deadline} (System.nanoTime). */
    boolean drain(long deadline) throws InterruptedException {
        workers.shutdown();
        boolean handledAll = workers.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        return outbox.drain(Duration.ofNanos(Math.max(0, deadline - System.nanoTime()))) && handledAll;
    }

    long handled() {
        return count.get();
    }

    long errors() {
        return errors.get();
    }

    long dropped() {
        return dropped.get();
    }
}
