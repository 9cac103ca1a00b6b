package kz.visitfacts.telegram;

import java.io.Serializable;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Takes the updates the polling loop delivers and handles each on a worker thread. Every update is caught
 * on its own: an exception that escaped into TelegramBots' loop would stop polling without a word.
 */
final class UpdateDispatcher implements LongPollingUpdateConsumer {
    private static final Logger LOG = LoggerFactory.getLogger(UpdateDispatcher.class);

    private final UpdateHandler handler;
    private final Outbox outbox;
    private final ExecutorService workers;
    private final BotConfig config;
    private final AtomicLong handled = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();

    UpdateDispatcher(UpdateHandler handler, Outbox outbox, ExecutorService workers, BotConfig config) {
        this.handler = handler;
        this.outbox = outbox;
        this.workers = workers;
        this.config = config;
    }

    @Override
    public void consume(List<Update> updates) {
        for (Update u : updates) {
            try {
                workers.execute(() -> handle(u));
            } catch (RejectedExecutionException stopping) {
                LOG.info("update {} not handled: the bot is stopping", u.getUpdateId());
            }
        }
    }

    void handle(Update u) {
        try {
            List<BotApiMethod<? extends Serializable>> replies = handler.handle(u);
            for (BotApiMethod<? extends Serializable> m : replies) {
                outbox.send(m);
            }
            handled.incrementAndGet();
            LOG.debug("update {} handled with {} call(s)", u.getUpdateId(), replies.size());
        } catch (RuntimeException e) {
            errors.incrementAndGet();
            LOG.error("update {} failed: {}", u.getUpdateId(), config.redact(Outbox.rootMessage(e)));
        }
    }

    /** Lets the replies in flight finish, up to {@code seconds}. */
    boolean drain(long seconds) throws InterruptedException {
        workers.shutdown();
        return workers.awaitTermination(seconds, TimeUnit.SECONDS);
    }

    long handled() {
        return handled.get();
    }

    long errors() {
        return errors.get();
    }
}
