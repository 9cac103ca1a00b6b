package kz.visitfacts.telegram;

import java.io.Serializable;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Sends the bot's Bot API calls through the TelegramBots client; a failed call is logged and counted, never thrown. */
class Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

    private final TelegramClient client;
    private final BotConfig config;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    Outbox(TelegramClient client, BotConfig config) {
        this.client = client;
        this.config = config;
    }

    /** Sends one call; true when Telegram accepted it. */
    boolean send(BotApiMethod<? extends Serializable> method) {
        try {
            client.execute(method);
            sent.incrementAndGet();
            return true;
        } catch (TelegramApiRequestException e) {
            failed.incrementAndGet();
            LOG.warn("failed {}: Telegram answered {} {}", method.getMethod(), e.getErrorCode(), config.redact(e.getApiResponse()));
        } catch (TelegramApiException | RuntimeException e) {
            failed.incrementAndGet();
            LOG.warn("failed {}: {}", method.getMethod(), config.redact(String.valueOf(rootMessage(e))));
        }
        return false;
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
}
