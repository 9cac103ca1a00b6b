package kz.visitfacts.telegram;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import kz.visitfacts.facts.Language;

/**
 * What a button asks for, in at most Telegram's 64 bytes: {@code f|<lang>|<fact id>} shows a fact,
 * {@code s|<lang>|<section number>} lists a section's facts. Anything else is stale or forged.
 */
record CallbackData(Kind kind, Language language, String value) {
    static final int MAX_BYTES = 64;

    enum Kind { FACT, SECTION }

    String encode() {
        String data = (kind == Kind.FACT ? "f" : "s") + "|" + language.code() + "|" + value;
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
            default -> Optional.empty();
        };
    }
}
