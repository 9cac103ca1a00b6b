package kz.visitfacts.telegram;

import java.io.Serializable;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Sends the bot's Bot API calls through the TelegramBots client, which itself neither retries nor limits:
 * messages wait for Telegram's rate limits; a 429 pauses all sending for its retry_after and is retried;
 * 5xx, bad bodies, timeouts and refused connections are retried with capped back-off and jitter, a bounded
 * number of times, then logged as failed. Other 4xx answers (a user who blocked the bot) are not retried.
 * A failed call is logged and counted, never thrown.
 */
class Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    /** A 429 does not use up an attempt, but a run of them is not followed forever. */
    private static final int MAX_RATE_LIMITED = 10;

    private final TelegramClient client;
    private final BotConfig config;
    private final SendLimiter limiter;
    private final Backoff backoff;
    private final BotSettings settings;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();

    Outbox(TelegramClient client, BotConfig config, BotSettings settings) {
        this.client = client;
        this.config = config;
        this.settings = settings;
        this.limiter = new SendLimiter(settings);
        this.backoff = new Backoff(settings.backoffBase(), settings.backoffCap());
    }

    /** Sends one call; true when Telegram accepted it. */
    boolean send(BotApiMethod<? extends Serializable> method) {
        Long chat = chatOf(method);
        int attempt = 0;
        int rateLimited = 0;
        try {
            while (true) {
                if (chat != null) {
                    limiter.awaitPermit(chat);
                } else if (limiter.paused()) {
                    limiter.awaitPermit(null);
                }
                try {
                    client.execute(method);
                    sent.incrementAndGet();
                    return true;
                } catch (TelegramApiRequestException e) {
                    Integer code = e.getErrorCode();
                    if (code != null && code == 429 && rateLimited++ < MAX_RATE_LIMITED) {
                        Integer after = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
                        Duration pause = Duration.ofSeconds(after == null ? 1 : Math.max(1, after));
                        LOG.warn("rate-limited on {}: pausing all sending for {} s", method.getMethod(), pause.toSeconds());
                        limiter.pauseAll(pause);
                        retried.incrementAndGet();
                        continue;
                    }
                    if (code != null && code >= 400 && code < 500 && code != 429) {
                        return fail(method, "Telegram answered " + code + " " + config.redact(e.getApiResponse()));
                    }
                    if (++attempt >= settings.maxAttempts()) {
                        return fail(method, "gave up after " + attempt + " attempts: " + describe(e));
                    }
                } catch (TelegramApiException | RuntimeException e) {
                    if (++attempt >= settings.maxAttempts()) {
                        return fail(method, "gave up after " + attempt + " attempts: " + config.redact(rootMessage(e)));
                    }
                }
                retried.incrementAndGet();
                Backoff.sleep(backoff.delay(attempt));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail(method, "interrupted while waiting to send");
        }
    }

    private String describe(TelegramApiRequestException e) {
        return e.getErrorCode() == null ? config.redact(rootMessage(e)) : "Telegram answered " + e.getErrorCode();
    }

    private boolean fail(BotApiMethod<?> method, String why) {
        failed.incrementAndGet();
        LOG.warn("failed {}: {}", method.getMethod(), why);
        return false;
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
