package kz.visitfacts.facts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A language the bot speaks; traditional Chinese is shown from the simplified text, and Kazakh in Latin letters
 * (the 2021 alphabet) from the Cyrillic.
 */
public enum Language {
    ZH("zh"), ZH_HANT("zh-Hant"), EN("en"), RU("ru"), KK("kk"), KK_LATN("kk-Latn");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The languages whose text stands in for this one, best first; Kazakh readers also read Russian. */
    public List<Language> fallbacks() {
        return switch (this) {
            case ZH, ZH_HANT -> List.of(ZH, EN);
            case EN -> List.of(EN);
            case RU -> List.of(RU, EN);
            case KK -> List.of(KK, RU, EN);
            case KK_LATN -> List.of(KK_LATN, KK, RU, EN);
        };
    }

    /** Parses a code such as "zh", "zh-Hant", "zh-TW", "ru-RU", "kk" or "kk-Latn"; empty when unknown. */
    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        if (c.equals("zh-hant") || c.equals("zh-tw") || c.equals("zh-hk") || c.equals("zh-mo")) {
            return Optional.of(ZH_HANT);
        }
        if (c.equals("kk-latn") || c.startsWith("kk-latn-")) {
            return Optional.of(KK_LATN);
        }
        String base = c.contains("-") ? c.substring(0, c.indexOf('-')) : c;
        return switch (base) {
            case "zh" -> Optional.of(ZH);
            case "en" -> Optional.of(EN);
            case "ru" -> Optional.of(RU);
            case "kk" -> Optional.of(KK);
            default -> Optional.empty();
        };
    }
}
