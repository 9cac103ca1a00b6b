package kz.visitfacts.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * One update as Telegram sent it and as TelegramBots reads it: the journal keeps the JSON as received, so
 * writing it never depends on the library writing back what it read (an entity offset out of range made that
 * throw, and the update was lost with the rest of its batch).
 */
record Incoming(int id, JsonNode raw, Update update) implements UpdateReader.Read {
    Incoming {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(update, "update");
    }
}
