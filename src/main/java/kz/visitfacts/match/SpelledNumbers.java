package kz.visitfacts.match;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Number words of every language the bot speaks (seventy, семьдесят, семидесяти, жетпіс, second, второй,
 * екінші), taken from ICU's spell-out rules in every case and gender they define (drawn at build time into
 * {@link CharacterTables}), folded like any text. Read once, on first use.
 */
final class SpelledNumbers {
    /** Word to value: units, teens, tens, hundreds and thousand, cardinal and ordinal. */
    private static final class Table {
        static final Map<String, Integer> WORDS = build();
    }

    private SpelledNumbers() {
    }

    /** The value a single folded word spells, or null. */
    static Integer value(String word) {
        return Table.WORDS.get(word);
    }

    /** Loads the table ahead of its first use. */
    static void warmUp() {
        value("two");
    }

    private static Map<String, Integer> build() {
        Map<String, Integer> words = CharacterTables.spelledNumbers();
        // "One" is everywhere (one-on-one, one of the); it names no figure worth matching.
        words.values().removeIf(v -> v < 2);
        return Map.copyOf(words);
    }

    /** The numbers whose words are read: units, teens, tens, hundreds and a thousand. */
    static int[] values() {
        int[] vs = new int[19 + 8 + 9 + 1];
        int i = 0;
        for (int n = 1; n <= 19; n++) {
            vs[i++] = n;
        }
        for (int n = 20; n <= 90; n += 10) {
            vs[i++] = n;
        }
        for (int n = 100; n <= 900; n += 100) {
            vs[i++] = n;
        }
        vs[i] = 1000;
        return vs;
    }
}
