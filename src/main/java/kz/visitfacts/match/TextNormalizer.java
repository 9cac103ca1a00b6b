package kz.visitfacts.match;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text to one comparable form: full-width to half-width (NFKC), traditional Chinese to simplified,
 * lower case, Kazakh letters to the Russian ones typed instead, dashes to '-', and control, format and
 * zero-width characters to nothing.
 */
final class TextNormalizer {
    /** The folded text, and whether any traditional character was folded. */
    record Folded(String text, boolean traditional) {
    }

    private TextNormalizer() {
    }

    static Folded fold(String raw) {
        return fold(raw, true);
    }

    /** Whether the text holds any of {@code characters}: a cheap look before a pattern that needs one of them. */
    static boolean holdsAnyOf(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Folds text already in simplified Chinese (the curated fact base): the same as {@link #fold(String)} but
     * without the traditional-to-simplified step.
     */
    static String foldSimplified(String raw) {
        return fold(raw, false).text();
    }

    private static Folded fold(String raw, boolean toSimplified) {
        if (raw == null || raw.isEmpty()) {
            return new Folded("", false);
        }
        String nfkc = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        boolean traditional = false;
        for (int i = 0; i < nfkc.length(); ) {
            int cp = nfkc.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE || type == Character.SURROGATE) {
                out.append(cp == '\n' || cp == '\t' || cp == '\r' ? ' ' : "");
            } else if (type == Character.DASH_PUNCTUATION) {
                out.append('-');
            } else if (toSimplified && Han.is(cp)) {
                String s = simplified(cp);
                traditional |= !s.equals(Character.toString(cp));
                out.append(s);
            } else {
                out.appendCodePoint(cp);
            }
        }
        return new Folded(withoutKazakhLetters(cyrillicLookalikes(out.toString().toLowerCase(Locale.ROOT))), traditional);
    }

    /** Latin letters that look like Cyrillic ones, as typed inside Cyrillic words (the Latin ə for ә, a Latin a or o). */
    private static final String LATIN_LOOKALIKES = "aceopxykhimtə";
    private static final String CYRILLIC_TWINS = "асеорхукһімтә";

    /**
     * A word mixing Cyrillic and Latin letters is Cyrillic typed on a mixed keyboard (жəне, Aстана with a Latin A): its
     * Latin look-alikes become the Cyrillic letters they stand for. Words of one script stay as they are.
     */
    private static String cyrillicLookalikes(String lower) {
        StringBuilder out = null;
        int start = 0;
        for (int i = 0; i <= lower.length(); i++) {
            if (i < lower.length() && Character.isLetter(lower.charAt(i))) {
                continue;
            }
            if (i - start > 1 && mixed(lower, start, i)) {
                if (out == null) {
                    out = new StringBuilder(lower);
                }
                for (int k = start; k < i; k++) {
                    int at = LATIN_LOOKALIKES.indexOf(lower.charAt(k));
                    if (at >= 0) {
                        out.setCharAt(k, CYRILLIC_TWINS.charAt(at));
                    }
                }
            }
            start = i + 1;
        }
        return out == null ? lower : out.toString();
    }

    private static boolean mixed(String s, int from, int to) {
        boolean cyrillic = false;
        boolean latin = false;
        for (int i = from; i < to; i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(s.charAt(i));
            cyrillic |= script == Character.UnicodeScript.CYRILLIC;
            latin |= script == Character.UnicodeScript.LATIN;
        }
        return cyrillic && latin;
    }

    /**
     * Kazakh's own letters as the Russian ones most people type instead (қ → к, ұ/ү → у, ә → а, ө → о, ң → н,
     * ғ → г, і → и, һ → х), and ё as е: many type Kazakh on a Russian keyboard, so both spellings meet.
     */
    static String withoutKazakhLetters(String lower) {
        char[] cs = null;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            char plain = switch (c) {
                case 'қ' -> 'к';
                case 'ұ', 'ү' -> 'у';
                case 'ә' -> 'а';
                case 'ө' -> 'о';
                case 'ң' -> 'н';
                case 'ғ' -> 'г';
                case 'і' -> 'и';
                case 'һ' -> 'х';
                case 'ё' -> 'е';
                default -> c;
            };
            if (plain != c) {
                if (cs == null) {
                    cs = lower.toCharArray();
                }
                cs[i] = plain;
            }
        }
        return cs == null ? lower : new String(cs);
    }

    private static String simplified(int cp) {
        return CharacterTables.simplified(cp);
    }
}
