package kz.visitfacts.match;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Starts loading the slow parts of matching (the character tables and country names, the Chinese segmenter's
 * dictionaries) on background threads, so they are ready by the time the fact base is read.
 */
final class WarmUp {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private WarmUp() {
    }

    static void inBackground() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        start("tables-warm-up", () -> {
            Countries.all();
            TextNormalizer.fold("貿易");
            SpelledNumbers.warmUp();
            WordFrequencies.shipped();
            LatinKazakh.warmUp();
        });
        // Pinyin is left for the first question typed with a homophone (a 30 ms table): at start it would only
        // take a core from the index being built.
        // Cutting a word, not only building the segmenter: its pair dictionary is loaded on the first cut.
        start("segmenter-warm-up", () -> {
            try {
                ChineseWords.cut("中哈两国贸易额");
            } catch (RuntimeException | LinkageError e) {
                // Only a warm-up: the real use reports any problem.
            }
        });
    }

    private static void start(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.start();
    }
}
