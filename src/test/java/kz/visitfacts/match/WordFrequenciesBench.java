package kz.visitfacts.match;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import kz.visitfacts.facts.Language;

/**
 * Prints how long the word-frequency tables take to load, first in this JVM (cold: what a bot's start pays) and
 * then again (warm), and how much heap they hold. Run with the bot's JVM flags, from the project folder:
 * {@code java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/classes:target/test-classes:CLASSPATH
 * kz.visitfacts.match.WordFrequenciesBench}.
 */
public final class WordFrequenciesBench {
    private WordFrequenciesBench() {
    }

    public static void main(String[] args) {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapBefore = rt.totalMemory() - rt.freeMemory();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        WordFrequencies tables = WordFrequencies.load();
        long cold = System.nanoTime() - t0;
        long coldCpu = threads.getCurrentThreadCpuTime() - cpu0;
        System.gc();
        long heap = rt.totalMemory() - rt.freeMemory() - heapBefore;
        long[] warm = new long[20];
        for (int i = 0; i < warm.length; i++) {
            long t = System.nanoTime();
            WordFrequencies.load();
            warm[i] = System.nanoTime() - t;
        }
        Arrays.sort(warm);
        System.out.printf("first load %.1f ms (%.1f ms of this thread's CPU), then median %.1f ms over %d loads;"
                + " %d words; about %.1f MB of heap%n", cold / 1e6, coldCpu / 1e6, warm[warm.length / 2] / 1e6,
                warm.length, words(tables), heap / 1e6);
    }

    private static int words(WordFrequencies tables) {
        int n = 0;
        for (Language language : Language.values()) {
            n += language == Language.ZH_HANT ? 0 : tables.size(language);
        }
        return n;
    }
}
