package kz.visitfacts.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Reads updates one at a time and leniently: unknown fields are ignored, and an update TelegramBots cannot
 * read (a user without first_name, an id past 2³¹, a type it does not know inside) is set aside as rejected
 * instead of failing its whole batch, which stopped polling for good. Texts longer than Telegram allows
 * (possible through a webhook) are cut to Telegram's limits here, before anything analyses them.
 */
final class UpdateReader {
    /** Telegram's longest message text, and longest inline query. */
    static final int MAX_TEXT = 4096;
    static final int MAX_INLINE_QUERY = 256;

    /** A batch read: the updates to take on, those set aside, and the highest id seen (what the offset must pass). */
    record Batch(List<Incoming> updates, List<Rejected> rejected, OptionalLong maxId) {
        Batch {
            updates = List.copyOf(updates);
            rejected = List.copyOf(rejected);
        }
    }

    /** What reading one update gives: an {@link Incoming} or a {@link Rejected}. */
    sealed interface Read permits Incoming, Rejected {
    }

    /** An update that could not be read or handled: its id when it has one, why, and what arrived. */
    record Rejected(OptionalLong id, String why, String raw) implements Read {
    }

    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    Batch read(List<JsonNode> items) {
        List<Incoming> updates = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        OptionalLong max = OptionalLong.empty();
        for (JsonNode item : items) {
            OptionalLong id = idOf(item);
            if (id.isPresent()) {
                max = OptionalLong.of(Math.max(id.getAsLong(), max.orElse(Long.MIN_VALUE)));
            }
            Read read = read(item);
            if (read instanceof Incoming in) {
                updates.add(in);
            } else {
                rejected.add((Rejected) read);
            }
        }
        return new Batch(updates, rejected, max);
    }

    /** One update: an {@link Incoming}, or a {@link Rejected} saying why not. */
    Read read(JsonNode item) {
        OptionalLong id = idOf(item);
        String raw = String.valueOf(item);
        if (id.isEmpty()) {
            return new Rejected(id, "no update_id", raw);
        }
        if (id.getAsLong() != (int) id.getAsLong()) {
            return new Rejected(id, "update_id out of range", raw);
        }
        try {
            Update u = json.treeToValue(item, Update.class);
            cut(u);
            return new Incoming((int) id.getAsLong(), item, u);
        } catch (Exception e) {
            // Jackson's message quotes the input; the class and the path say enough.
            return new Rejected(id, "unreadable: " + e.getClass().getSimpleName() + pathOf(e), raw);
        }
    }

    private static void cut(Update u) {
        if (u.hasMessage() && u.getMessage().getText() != null) {
            u.getMessage().setText(cut(u.getMessage().getText(), MAX_TEXT));
        }
        if (u.hasInlineQuery() && u.getInlineQuery().getQuery() != null) {
            u.getInlineQuery().setQuery(cut(u.getInlineQuery().getQuery(), MAX_INLINE_QUERY));
        }
    }

    /** The first {@code max} characters, never splitting a surrogate pair. */
    static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        return s.substring(0, Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max);
    }

    private static String pathOf(Exception e) {
        return e instanceof com.fasterxml.jackson.databind.JsonMappingException m ? " at " + m.getPathReference() : "";
    }

    static OptionalLong idOf(JsonNode item) {
        JsonNode id = item == null ? null : item.get("update_id");
        return id != null && id.isIntegralNumber() && id.canConvertToLong() ? OptionalLong.of(id.longValue()) : OptionalLong.empty();
    }
}
