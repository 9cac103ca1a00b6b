package kz.visitfacts.answer;

import com.ibm.icu.text.Transliterator;

/** Shows simplified Chinese text in traditional characters for readers who asked in them. */
final class ChineseScript {
    private static final Transliterator TO_TRADITIONAL = Transliterator.getInstance("Simplified-Traditional");

    private ChineseScript() {
    }

    static String traditional(String simplified) {
        synchronized (TO_TRADITIONAL) {
            return TO_TRADITIONAL.transliterate(simplified);
        }
    }
}
