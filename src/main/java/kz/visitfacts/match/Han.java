package kz.visitfacts.match;

/** Whether a character is Chinese: asked for every character of every question, so the common cases go first. */
final class Han {
    private Han() {
    }

    static boolean is(int cp) {
        if (cp < 0x2E80) {
            // Latin, Cyrillic, digits and punctuation: Unicode puts no Han character below the CJK radicals.
            return false;
        }
        if (cp >= 0x4E00 && cp <= 0x9FFF) {
            return true;
        }
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
