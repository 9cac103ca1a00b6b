package kz.visitfacts.match;

import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/** Snowball stemming (Lucene's copy): English for Latin words, Russian for Cyrillic ones. Thread-safe. */
final class Stemmer {
    private static final ThreadLocal<SnowballStemmer> ENGLISH = ThreadLocal.withInitial(EnglishStemmer::new);
    private static final ThreadLocal<SnowballStemmer> RUSSIAN = ThreadLocal.withInitial(RussianStemmer::new);

    private Stemmer() {
    }

    static boolean isCyrillic(String word) {
        return !word.isEmpty() && Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.CYRILLIC;
    }

    static String stem(String word) {
        if (word.length() < 3 || !Character.isLetter(word.codePointAt(0))) {
            return word;
        }
        SnowballStemmer s = isCyrillic(word) ? RUSSIAN.get() : ENGLISH.get();
        s.setCurrent(word);
        s.stem();
        return s.getCurrent();
    }
}
