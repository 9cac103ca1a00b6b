package kz.visitfacts.facts;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** One short text in several languages, read with each language's fallbacks. */
public record Localized(Map<Language, String> texts) {
    public Localized {
        Objects.requireNonNull(texts, "texts");
        texts = texts.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(texts));
    }

    /** The text in this language, or in the first fallback that has one; empty string when none has. */
    public String in(Language language) {
        for (Language l : language.fallbacks()) {
            String t = texts.get(l);
            if (t != null && !t.isBlank()) {
                return t;
            }
        }
        return texts.values().stream().findFirst().orElse("");
    }

    public boolean has(Language language) {
        String t = texts.get(language);
        return t != null && !t.isBlank();
    }
}
