package kz.visitfacts.answer;

import java.util.Optional;
import kz.visitfacts.facts.Language;

/**
 * Tells the language of a question from its script: Chinese characters (traditional when any was folded),
 * Cyrillic with Kazakh letters, other Cyrillic, Latin (Kazakh when the matcher read it so). With no letters at all,
 * the asker's own setting (Telegram's language_code) decides, then English.
 */
public final class LanguageDetector {
    private static final String KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";

    private LanguageDetector() {
    }

    public static Language detect(String text, boolean traditional, Optional<Language> hint) {
        return detect(text, traditional, false, hint);
    }

    /** As above, for a question the matcher read as Kazakh in Latin letters or not ({@code latinKazakh}). */
    public static Language detect(String text, boolean traditional, boolean latinKazakh, Optional<Language> hint) {
        int han = 0;
        int cyrillic = 0;
        int latin = 0;
        boolean kazakh = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            switch (Character.UnicodeScript.of(cp)) {
                case HAN -> han++;
                case CYRILLIC -> {
                    cyrillic++;
                    kazakh |= KAZAKH_LETTERS.indexOf(cp) >= 0;
                }
                case LATIN -> latin++;
                default -> { }
            }
        }
        // A Chinese character carries about as much as a short Latin or Cyrillic word.
        int hanWeight = han * 3;
        if (hanWeight == 0 && cyrillic == 0 && latin == 0) {
            return hint.orElse(Language.EN);
        }
        if (hanWeight >= cyrillic && hanWeight >= latin) {
            return traditional || hint.orElse(Language.ZH) == Language.ZH_HANT ? Language.ZH_HANT : Language.ZH;
        }
        if (cyrillic >= latin) {
            Language asker = hint.orElse(Language.RU);
            return kazakh || asker == Language.KK || asker == Language.KK_LATN ? Language.KK : Language.RU;
        }
        return latinKazakh ? Language.KK_LATN : Language.EN;
    }
}
