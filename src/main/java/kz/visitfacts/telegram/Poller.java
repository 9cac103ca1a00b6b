package kz.visitfacts.telegram;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Long polling that loses nothing, replacing TelegramBots' own loop. Telegram forgets every update below
 * the offset of a getUpdates call, so a batch is confirmed (by the next offset) only once the dispatcher has
 * journaled it; its replies may then wait minutes for a group's rate limit while new updates keep coming in.
 * When the waiting replies reach their overall bound, polling pauses (Telegram keeps the updates meanwhile).
 * Update ids that go back (Telegram starting over after a week idle, or a move between the cloud and a
 * self-hosted server) are taken as a new sequence rather than filtered out forever. Errors back off
 * exponentially up to the cap; a 429's retry_after is honoured, capped too.
 */
final class Poller implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(Poller.class);
    private static final int LIMIT = 100;
    /** How often a full queue is looked at again. */
    private static final Duration WHILE_FULL = Duration.ofMillis(200);

    private final TelegramClient client;
    private final UpdateDispatcher dispatcher;
    private final UpdateJournal journal;
    private final Health health;
    private final BotSettings settings;
    private final BotConfig config;
    private final List<String> allowedUpdates;
    private final Backoff backoff;
    private volatile boolean running = true;
    private Integer maxSeen;

    Poller(TelegramClient client, UpdateDispatcher dispatcher, UpdateJournal journal, Health health,
           BotSettings settings, BotConfig config, List<String> allowedUpdates) {
        this.client = client;
        this.dispatcher = dispatcher;
        this.journal = journal;
        this.health = health;
        this.settings = settings;
        this.config = config;
        this.allowedUpdates = allowedUpdates;
        this.backoff = new Backoff(settings.backoffBase(), settings.backoffCap());
    }

    @Override
    public void run() {
        int failures = 0;
        boolean wasFull = false;
        while (running) {
            if (dispatcher.full()) {
                if (!wasFull) {
                    LOG.warn("{} updates wait for their replies (BOT_QUEUE_MAX): fetching paused until some go out",
                            settings.queueMax());
                    wasFull = true;
                }
                health.succeeded();
                pause(WHILE_FULL);
                continue;
            }
            wasFull = false;
            try {
                Integer offset = maxSeen == null ? null : maxSeen + 1;
                List<Update> batch = client.execute(GetUpdates.builder()
                        .offset(offset)
                        // Never more than the queue has room for, so its bound holds exactly.
                        .limit(Math.max(1, Math.min(LIMIT, settings.queueMax() - journal.pendingCount())))
                        .timeout(settings.pollTimeoutSeconds())
                        .allowedUpdates(allowedUpdates)
                        .build());
                health.succeeded();
                failures = 0;
                if (batch != null && !batch.isEmpty()) {
                    int max = batch.stream().mapToInt(Update::getUpdateId).max().orElseThrow();
                    if (offset != null && max < offset) {
                        LOG.warn("update ids went back from {} to {}: taking them as a new sequence", offset - 1, max);
                        journal.startOver();
                        maxSeen = null;
                    }
                    // Journaled before the next poll's offset confirms the batch to Telegram.
                    dispatcher.accept(batch);
                    maxSeen = maxSeen == null ? max : Math.max(maxSeen, max);
                }
            } catch (TelegramApiRequestException e) {
                failures++;
                Integer code = e.getErrorCode();
                Duration wait = backoff.delay(failures);
                if (code != null && code == 429 && e.getParameters() != null && e.getParameters().getRetryAfter() != null) {
                    Duration after = Duration.ofSeconds(e.getParameters().getRetryAfter());
                    wait = after.compareTo(settings.backoffCap()) > 0 ? settings.backoffCap() : after;
                } else if (code != null && code == 409) {
                    LOG.warn("getUpdates conflict (409): another instance is polling, or a webhook is set");
                } else if (code != null && (code == 401 || code == 404)) {
                    LOG.error("getUpdates: Telegram rejected the token ({})", code);
                }
                health.failed(code == null ? "bad response" : "HTTP " + code);
                pause(wait);
            } catch (TelegramApiException | RuntimeException e) {
                if (!running) {
                    break;
                }
                failures++;
                health.failed(config.redact(Outbox.rootMessage(e)));
                LOG.debug("getUpdates failed: {}", config.redact(Outbox.rootMessage(e)));
                pause(backoff.delay(failures));
            }
        }
        LOG.info("polling stopped");
    }

    private void pause(Duration d) {
        try {
            Backoff.sleep(d);
        } catch (InterruptedException e) {
            running = false;
        }
    }

    void stop() {
        running = false;
    }
}
