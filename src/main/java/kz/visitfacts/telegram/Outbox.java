package kz.visitfacts.telegram;

import java.io.Serializable;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Sends the bot's Bot API calls through {@link BotApi}, which itself neither retries nor limits:
 * messages wait for Telegram's rate limits (on a timer, holding no thread); a 429 pauses all sending for its
 * retry_after and is retried; 5xx, bad bodies, timeouts and refused connections are retried with capped
 * back-off and jitter, a bounded number of times, then logged as failed. Other 4xx answers (a user who
 * blocked the bot) are not retried. A failed call is logged and counted, never thrown.
 */
class Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    /** A 429 does not use up an attempt, but a run of them is not followed forever. */
    private static final int MAX_RATE_LIMITED = 10;

    private final BotApi client;
    private final BotConfig config;
    private final SendLimiter limiter;
    private final Backoff backoff;
    private final BotSettings settings;
    private final ExecutorService io;
    private final ScheduledExecutorService timer;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();
    private final AtomicInteger inFlight = new AtomicInteger();
    /** Calls not yet sent or given up, by chat: how long a group's queue is. */
    private final java.util.concurrent.ConcurrentHashMap<Long, Integer> waitingByChat = new java.util.concurrent.ConcurrentHashMap<>();

    /** What one attempt came to. */
    private record Attempt(boolean done, boolean ok, Duration retryAfter, Duration pauseAll) {
        static final Attempt SENT = new Attempt(true, true, null, null);
        static final Attempt FAILED = new Attempt(true, false, null, null);
    }

    private final BotMetrics metrics;
    private final BiConsumer<BotApiMethod<?>, Serializable> onSent;

    Outbox(BotApi client, BotConfig config, BotSettings settings, ExecutorService io, ScheduledExecutorService timer) {
        this(client, config, settings, io, timer, BotMetrics.NONE, (method, result) -> { });
    }

    /** As above, counting every attempt in {@code metrics} and telling {@code onSent} each call Telegram accepted, with its result. */
    Outbox(BotApi client, BotConfig config, BotSettings settings, ExecutorService io, ScheduledExecutorService timer,
           BotMetrics metrics, BiConsumer<BotApiMethod<?>, Serializable> onSent) {
        this.metrics = metrics;
        this.onSent = onSent;
        this.client = client;
        this.config = config;
        this.settings = settings;
        this.io = io;
        this.timer = timer;
        this.limiter = new SendLimiter(settings);
        this.backoff = new Backoff(settings.backoffBase(), settings.backoffCap());
    }

    /** Sends one call; completes with true when Telegram accepted it, false when it finally failed. Never fails itself. */
    CompletableFuture<Boolean> send(BotApiMethod<? extends Serializable> method) {
        inFlight.incrementAndGet();
        Long chat = chatOf(method);
        if (chat != null) {
            waitingByChat.merge(chat, 1, Integer::sum);
        }
        return attempt(method, chat, 0, 0)
                .exceptionally(e -> fail(method, config.redact(rootMessage(e))))
                .whenComplete((ok, e) -> {
                    inFlight.decrementAndGet();
                    if (chat != null) {
                        // Removed at zero, so the map holds only chats with something waiting.
                        waitingByChat.computeIfPresent(chat, (c, n) -> n <= 1 ? null : n - 1);
                    }
                });
    }

    /** How many calls to a chat are waiting or on their way. */
    int waiting(long chat) {
        return waitingByChat.getOrDefault(chat, 0);
    }

    private CompletableFuture<Boolean> attempt(BotApiMethod<? extends Serializable> method, Long chat, int attempt, int rateLimited) {
        return limiter.permit(chat, timer)
                .thenApplyAsync(v -> execute(method, attempt, rateLimited), io)
                .thenCompose(a -> {
                    if (a.done()) {
                        return CompletableFuture.completedFuture(a.ok());
                    }
                    retried.incrementAndGet();
                    if (a.pauseAll() != null) {
                        limiter.pauseAll(a.pauseAll());
                        return attempt(method, chat, attempt, rateLimited + 1);
                    }
                    return later(a.retryAfter()).thenCompose(v -> attempt(method, chat, attempt + 1, rateLimited));
                });
    }

    private Attempt execute(BotApiMethod<? extends Serializable> method, int attempt, int rateLimited) {
        try {
            Serializable result = client.execute(method);
            sent.incrementAndGet();
            metrics.call(method.getMethod(), "ok");
            onSent.accept(method, result);
            return Attempt.SENT;
        } catch (TelegramApiRequestException e) {
            Integer code = e.getErrorCode();
            metrics.call(method.getMethod(), code == null ? "bad_response" : code == 429 ? "rate_limited"
                    : code >= 400 && code < 500 ? "client_error" : "server_error");
            if (code != null && code == 429 && rateLimited < MAX_RATE_LIMITED) {
                Integer after = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
                Duration pause = Duration.ofSeconds(after == null ? 1 : Math.max(1, after));
                LOG.warn("rate-limited on {}: pausing all sending for {} s", method.getMethod(), pause.toSeconds());
                return new Attempt(false, false, null, pause);
            }
            if (code != null && code >= 400 && code < 500) {
                fail(method, "Telegram answered " + code + " " + config.redact(e.getApiResponse()));
                return Attempt.FAILED;
            }
            return retryOrFail(method, attempt, code == null ? config.redact(rootMessage(e)) : "Telegram answered " + code);
        } catch (TelegramApiException | RuntimeException e) {
            metrics.call(method.getMethod(), "network");
            return retryOrFail(method, attempt, config.redact(rootMessage(e)));
        }
    }

    private Attempt retryOrFail(BotApiMethod<?> method, int attempt, String why) {
        if (attempt + 1 >= settings.maxAttempts()) {
            fail(method, "gave up after " + (attempt + 1) + " attempts: " + why);
            return Attempt.FAILED;
        }
        return new Attempt(false, false, backoff.delay(attempt + 1), null);
    }

    private CompletableFuture<Void> later(Duration d) {
        CompletableFuture<Void> f = new CompletableFuture<>();
        timer.schedule(() -> f.complete(null), d.toMillis(), TimeUnit.MILLISECONDS);
        return f;
    }

    private boolean fail(BotApiMethod<?> method, String why) {
        failed.incrementAndGet();
        LOG.warn("failed {}: {}", method.getMethod(), why);
        return false;
    }

    /** Waits up to {@code d} for every call in flight to be sent or given up. */
    boolean drain(Duration d) throws InterruptedException {
        long end = System.nanoTime() + d.toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        return inFlight.get() == 0;
    }

    /** The chat a message goes to; null for calls that are not messages in a chat (inline answers, callbacks). */
    static Long chatOf(BotApiMethod<?> method) {
        String chat = method instanceof SendMessage s ? s.getChatId()
                : method instanceof EditMessageText e ? e.getChatId() : null;
        if (chat == null) {
            return null;
        }
        try {
            return Long.parseLong(chat);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    /** Calls waiting to be sent or on their way. */
    int queued() {
        return inFlight.get();
    }

    long sent() {
        return sent.get();
    }

    long failed() {
        return failed.get();
    }

    long retried() {
        return retried.get();
    }
}
