package kz.visitfacts.match;

import java.util.regex.Pattern;

/**
 * Kazakh writes a case ending after an abbreviation, a number or a foreign name with a hyphen: ШЫҰ-ның, АҚШ-тан,
 * China Daily-дегі, 2025-ші. Cut off there, the ending would be read as a word of its own ("нын", which no fact
 * holds and so weighs as a rare word against every fact); it says nothing of what is asked, so it is dropped. A
 * word after a hyphen that begins with a capital (Достық-Мойынты) or follows a lower-case Cyrillic word
 * (ата-анам, кто-то) is no such ending and stays.
 */
final class HyphenEndings {
    private static final String ENDING = "[\\p{IsCyrillic}&&\\p{Ll}]";
    private static final Pattern AFTER_HYPHEN = Pattern.compile(
            "(?:(?<=\\p{Lu}\\p{Lu})|(?<=[\\p{IsLatin}&&\\p{L}]))-" + ENDING + "{1,6}(?!\\p{L})"
                    + "|(?<=\\p{Nd})-" + ENDING + "{1,3}(?!\\p{L})");

    private HyphenEndings() {
    }

    /** The raw question with each case ending after a hyphen dropped. */
    static String dropped(String raw) {
        return raw.indexOf('-') < 0 ? raw : AFTER_HYPHEN.matcher(raw).replaceAll("");
    }
}
