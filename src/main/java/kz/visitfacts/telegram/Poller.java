package kz.visitfacts.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Long polling that loses nothing, replacing TelegramBots' own loop. Telegram forgets every update below
 * the offset of a getUpdates call, so a batch is confirmed (by the next offset) only once the dispatcher has
 * journaled it; its replies may then wait minutes for a group's rate limit while new updates keep coming in.
 * When the waiting replies reach their overall bound, polling pauses (Telegram keeps the updates meanwhile).
 * Update ids that go back (Telegram starting over after a week idle, or a move between the cloud and a
 * self-hosted server) are taken as a new sequence rather than filtered out forever. Updates are read one by
 * one: one that cannot be read is set aside and the offset passes it once the rest are journaled. While the
 * journal cannot be written nothing is confirmed: polling pauses until it can. Errors back off exponentially
 * up to the cap; a 429's retry_after is honoured in full (asking sooner only earns another 429).
 */
final class Poller implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(Poller.class);
    private static final int LIMIT = 100;
    /** How often a full queue is looked at again. */
    private static final Duration WHILE_FULL = Duration.ofMillis(200);
    /** A retry_after past this is taken as a mistake, not an order. */
    private static final Duration LONGEST_RETRY_AFTER = Duration.ofHours(1);

    private final BotApi client;
    private final UpdateReader reader = new UpdateReader();
    private final UpdateDispatcher dispatcher;
    private final UpdateJournal journal;
    private final Health health;
    private final BotSettings settings;
    private final BotConfig config;
    private final List<String> allowedUpdates;
    private final Backoff backoff;
    private volatile boolean running = true;
    private Long maxSeen;

    Poller(BotApi client, UpdateDispatcher dispatcher, UpdateJournal journal, Health health,
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
            if (!journal.writable() && !journal.recover()) {
                // Nothing may be confirmed that is not on disk: Telegram keeps the updates meanwhile.
                failures++;
                health.failed("the update journal cannot be written");
                pause(backoff.delay(failures));
                continue;
            }
            try {
                Long offset = maxSeen == null ? null : maxSeen + 1;
                List<JsonNode> items = client.getUpdates(offset,
                        // Never more than the queue has room for, so its bound holds exactly.
                        Math.max(1, Math.min(LIMIT, settings.queueMax() - journal.pendingCount())),
                        settings.pollTimeoutSeconds(), allowedUpdates);
                health.succeeded();
                failures = 0;
                if (!items.isEmpty()) {
                    take(offset, items);
                }
            } catch (UpdateJournal.Unwritable e) {
                failures++;
                health.failed("the update journal cannot be written");
                pause(backoff.delay(failures));
            } catch (TelegramApiRequestException e) {
                failures++;
                Integer code = e.getErrorCode();
                Duration wait = backoff.delay(failures);
                if (code != null && code == 429 && e.getParameters() != null && e.getParameters().getRetryAfter() != null) {
                    Duration after = Duration.ofSeconds(Math.max(1, e.getParameters().getRetryAfter()));
                    wait = after.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : after;
                    LOG.warn("getUpdates rate-limited (429): waiting {} s as Telegram asks", wait.toSeconds());
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

    /** Takes a batch on; the offset moves past it (the rejected included) only once its good updates are journaled. */
    private void take(Long offset, List<JsonNode> items) throws UpdateJournal.Unwritable {
        UpdateReader.Batch batch = reader.read(items);
        if (batch.maxId().isEmpty()) {
            // No id to confirm the batch by: Telegram would send it again at once; wait as after an error.
            batch.rejected().forEach(r -> LOG.warn("getUpdates returned an item without update_id: {}",
                    r.raw().length() > 200 ? r.raw().substring(0, 200) : r.raw()));
            throw new IllegalStateException("getUpdates returned updates without update_id");
        }
        long max = batch.maxId().getAsLong();
        if (offset != null && max < offset) {
            LOG.warn("update ids went back from {} to {}: taking them as a new sequence", offset - 1, max);
            journal.startOver();
            maxSeen = null;
        }
        // Journaled before the next poll's offset confirms the batch to Telegram.
        dispatcher.accept(batch);
        maxSeen = maxSeen == null ? max : Math.max(maxSeen, max);
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
