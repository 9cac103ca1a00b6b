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
 * Long polling that loses nothing, replacing TelegramBots' own loop: a batch is confirmed to Telegram (by
 * the next getUpdates' offset) only after every update in it has been handled, so a crash re-delivers what
 * was not handled; update ids that go back (Telegram starting over after a week idle, or a move between
 * the cloud and a self-hosted server) are taken as a new sequence rather than filtered out forever; errors
 * back off exponentially up to the cap, and a 429's retry_after is honoured, capped too.
 */
final class Poller implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(Poller.class);
    private static final int LIMIT = 100;

    private final TelegramClient client;
    private final UpdateDispatcher dispatcher;
    private final HandledUpdates handled;
    private final Health health;
    private final BotSettings settings;
    private final BotConfig config;
    private final List<String> allowedUpdates;
    private final Backoff backoff;
    private volatile boolean running = true;
    private Integer nextOffset;

    Poller(TelegramClient client, UpdateDispatcher dispatcher, HandledUpdates handled, Health health,
           BotSettings settings, BotConfig config, List<String> allowedUpdates) {
        this.client = client;
        this.dispatcher = dispatcher;
        this.handled = handled;
        this.health = health;
        this.settings = settings;
        this.config = config;
        this.allowedUpdates = allowedUpdates;
        this.backoff = new Backoff(settings.backoffBase(), settings.backoffCap());
    }

    @Override
    public void run() {
        int failures = 0;
        while (running) {
            try {
                List<Update> batch = client.execute(GetUpdates.builder()
                        .offset(nextOffset)
                        .limit(LIMIT)
                        .timeout(settings.pollTimeoutSeconds())
                        .allowedUpdates(allowedUpdates)
                        .build());
                health.succeeded();
                failures = 0;
                if (batch == null || batch.isEmpty()) {
                    continue;
                }
                int max = batch.stream().mapToInt(Update::getUpdateId).max().orElseThrow();
                if (nextOffset != null && max < nextOffset) {
                    LOG.warn("update ids went back from {} to {}: taking them as a new sequence", nextOffset - 1, max);
                    handled.startOver();
                }
                dispatcher.handleAll(batch);
                // Confirmed to Telegram by the next getUpdates, now that every update is handled.
                nextOffset = max + 1;
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
            } catch (InterruptedException e) {
                break;
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
