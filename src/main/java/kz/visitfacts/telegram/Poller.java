package kz.visitfacts.telegram;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Long polling that loses nothing, replacing TelegramBots' own loop. Telegram forgets every update below
 * the offset of a getUpdates call, so the offset never passes an update still being handled: it stays at
 * the oldest one in flight, and a crash re-delivers it. Newer updates are still fetched and handled
 * meanwhile (one message waiting for a group's rate limit does not hold up everyone else); those already
 * in flight or handled are skipped when they come again. Update ids that go back (Telegram starting over
 * after a week idle, or a move between the cloud and a self-hosted server) are taken as a new sequence
 * rather than filtered out forever. Errors back off exponentially up to the cap; a 429's retry_after is
 * honoured, capped too.
 */
final class Poller implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(Poller.class);
    private static final int LIMIT = 100;
    /** While old updates are in flight Telegram answers at once; this paces the polls in between. */
    private static final Duration WHILE_IN_FLIGHT = Duration.ofMillis(500);

    private final TelegramClient client;
    private final UpdateDispatcher dispatcher;
    private final ExecutorService workers;
    private final HandledUpdates handled;
    private final Health health;
    private final BotSettings settings;
    private final BotConfig config;
    private final List<String> allowedUpdates;
    private final Backoff backoff;
    private final ConcurrentSkipListSet<Integer> inFlight = new ConcurrentSkipListSet<>();
    private final Object progress = new Object();
    private volatile boolean running = true;
    private Integer maxSeen;

    Poller(TelegramClient client, UpdateDispatcher dispatcher, ExecutorService workers, HandledUpdates handled, Health health,
           BotSettings settings, BotConfig config, List<String> allowedUpdates) {
        this.client = client;
        this.dispatcher = dispatcher;
        this.workers = workers;
        this.handled = handled;
        this.health = health;
        this.settings = settings;
        this.config = config;
        this.allowedUpdates = allowedUpdates;
        this.backoff = new Backoff(settings.backoffBase(), settings.backoffCap());
    }

    /** The next offset: the oldest update in flight, else one past the newest seen; null before any. */
    private Integer offset() {
        if (!inFlight.isEmpty()) {
            return inFlight.first();
        }
        return maxSeen == null ? null : maxSeen + 1;
    }

    @Override
    public void run() {
        int failures = 0;
        while (running) {
            try {
                Integer offset = offset();
                List<Update> batch = client.execute(GetUpdates.builder()
                        .offset(offset)
                        .limit(LIMIT)
                        .timeout(inFlight.isEmpty() ? settings.pollTimeoutSeconds() : 0)
                        .allowedUpdates(allowedUpdates)
                        .build());
                health.succeeded();
                failures = 0;
                int started = 0;
                if (batch != null && !batch.isEmpty()) {
                    int max = batch.stream().mapToInt(Update::getUpdateId).max().orElseThrow();
                    if (offset != null && max < offset) {
                        LOG.warn("update ids went back from {} to {}: taking them as a new sequence", offset - 1, max);
                        handled.startOver();
                        maxSeen = null;
                    }
                    maxSeen = maxSeen == null ? max : Math.max(maxSeen, max);
                    for (Update u : batch) {
                        started += start(u) ? 1 : 0;
                    }
                }
                if (started == 0 && !inFlight.isEmpty()) {
                    awaitProgress();
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

    /** Starts handling an update unless it is in flight or handled already; true when started. */
    private boolean start(Update u) {
        int id = u.getUpdateId();
        if (handled.contains(id) || !inFlight.add(id)) {
            return false;
        }
        try {
            workers.execute(() -> dispatcher.handle(u).whenComplete((v, e) -> {
                inFlight.remove(id);
                synchronized (progress) {
                    progress.notifyAll();
                }
            }));
            return true;
        } catch (RejectedExecutionException stopping) {
            inFlight.remove(id);
            return false;
        }
    }

    private void awaitProgress() {
        synchronized (progress) {
            try {
                progress.wait(WHILE_IN_FLIGHT.toMillis());
            } catch (InterruptedException e) {
                running = false;
            }
        }
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
