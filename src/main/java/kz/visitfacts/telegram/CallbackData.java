package kz.visitfacts.telegram;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import kz.visitfacts.facts.Language;

/**
 * What a button asks for, in at most Telegram's 64 bytes: {@code f|<lang>|<fact id>} shows a fact,
 * {@code s|<lang>|<section number>} lists a section's facts, {@code n|<lang>|-} starts a new topic (forgets the
 * presser's conversation). Anything else is stale or forged.
 */
record CallbackData(Kind kind, Language language, String value) {
    static final int MAX_BYTES = 64;

    enum Kind { FACT, SECTION, NEW_TOPIC }

    /** The only value of a New topic button: it names nothing, whoever presses it clears their own conversation. */
    static final String NO_VALUE = "-";

    String encode() {
        String code = switch (kind) {
            case FACT -> "f";
            case SECTION -> "s";
            case NEW_TOPIC -> "n";
        };
        String data = code + "|" + language.code() + "|" + value;
        if (data.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("callback data over 64 bytes: " + data);
        }
        return data;
    }

    static CallbackData fact(Language language, String factId) {
        return new CallbackData(Kind.FACT, language, factId);
    }

    static CallbackData section(Language language, int index) {
        return new CallbackData(Kind.SECTION, language, Integer.toString(index));
    }

    static CallbackData newTopic(Language language) {
        return new CallbackData(Kind.NEW_TOPIC, language, NO_VALUE);
    }

    static Optional<CallbackData> decode(String data) {
        if (data == null || data.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.empty();
        }
        String[] parts = data.split("\\|", -1);
        if (parts.length != 3 || parts[2].isEmpty()) {
            return Optional.empty();
        }
        Optional<Language> lang = Language.fromCode(parts[1]);
        if (lang.isEmpty()) {
            return Optional.empty();
        }
        return switch (parts[0]) {
            case "f" -> Optional.of(new CallbackData(Kind.FACT, lang.get(), parts[2]));
            case "s" -> parts[2].matches("\\d{1,3}") ? Optional.of(new CallbackData(Kind.SECTION, lang.get(), parts[2]))
                    : Optional.empty();
            case "n" -> parts[2].equals(NO_VALUE) ? Optional.of(newTopic(lang.get())) : Optional.empty();
            default -> Optional.empty();
        };
    }
}
