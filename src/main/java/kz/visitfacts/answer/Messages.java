package kz.visitfacts.answer;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import kz.visitfacts.facts.Language;

/** The bot's own words in every language it speaks, from messages.json; traditional Chinese is converted. */
public final class Messages {
    private static final Map<String, Map<String, String>> TEXTS = load();

    private Messages() {
    }

    private static Map<String, Map<String, String>> load() {
        try (InputStream in = Messages.class.getResourceAsStream("messages.json")) {
            if (in == null) {
                throw new IllegalStateException("messages.json is missing from the class path");
            }
            return Map.copyOf(new ObjectMapper().readValue(in, new TypeReference<Map<String, Map<String, String>>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The message {@code key} in a language, falling back as {@link Language#fallbacks()} says. */
    public static String get(String key, Language language) {
        Map<String, String> texts = TEXTS.get(key);
        if (texts == null) {
            throw new IllegalArgumentException("no message " + key);
        }
        for (Language l : language.fallbacks()) {
            String t = texts.get(l.code());
            if (t != null) {
                return language == Language.ZH_HANT ? ChineseScript.traditional(t) : t;
            }
        }
        return texts.get("en");
    }
}
