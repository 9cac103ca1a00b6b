package kz.visitfacts.match;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of many cue lists may be found in a text, from one lookup per word and per character: a question holds the
 * first word of few lists, so most lists need no closer look. Reading every list of cues against every word of the
 * question was the costliest step of matching after cutting it into words.
 */
final class CueFilter {
    /** Lists past this many are always looked at closely: the bits of a long run out. */
    private static final int BITS = Long.SIZE;
    /** Prefixes (отказ*) are looked up by as many first letters as CueWords looks them up; shorter ones always looked at. */
    private static final int PREFIX_KEY = CueWords.PREFIX_KEY;

    private record Prefix(String prefix, long bit) {
    }

    private final Map<String, Long> byFirstWord = new HashMap<>();
    private final Map<String, List<Prefix>> byPrefixStart = new HashMap<>();
    private final Map<Character, Long> byFirstCharacter = new HashMap<>();
    /** The first characters of Chinese cues and signs, so most characters of a text need no lookup (nor boxing). */
    private final BitSet firstCharacters = new BitSet();
    private long unfiltered;
    private int registered;

    /** Takes a list on: returns the bit that stands for it in {@link #candidates} (0: always looked at). */
    long register(CueWords words) {
        int index = registered++;
        if (index >= BITS) {
            return 0;
        }
        long bit = 1L << index;
        for (String han : words.han()) {
            if (han.isEmpty()) {
                // A cue that folds to nothing is found in every text, as CueWords finds it.
                unfiltered |= bit;
                continue;
            }
            byFirstCharacter.merge(han.charAt(0), bit, (a, b) -> a | b);
            firstCharacters.set(han.charAt(0));
        }
        for (String first : words.byFirstWord().keySet()) {
            if (!first.equals("*")) {
                byFirstWord.merge(first, bit, (a, b) -> a | b);
            }
        }
        // The prefixes as CueWords keys them: by their first letters, or under "" when shorter.
        for (Map.Entry<String, List<String[]>> e : words.prefixedByStart().entrySet()) {
            if (e.getKey().isEmpty()) {
                unfiltered |= bit;
                continue;
            }
            for (String[] phrase : e.getValue()) {
                byPrefixStart.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(new Prefix(phrase[0].substring(0, phrase[0].length() - 1), bit));
            }
        }
        return bit;
    }

    /** Whether the list of {@code bit} may be found, given the {@link #candidates} of a text. */
    static boolean mayBeIn(long bit, long candidates) {
        return bit == 0 || (bit & candidates) != 0;
    }

    /** The bits of the lists that may be found in a folded text cut into {@code words}; no others can be. */
    long candidates(String folded, List<String> words) {
        long found = unfiltered;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (firstCharacters.get(c)) {
                found |= byFirstCharacter.get(c);
            }
        }
        for (String w : words) {
            Long bits = byFirstWord.get(w);
            if (bits != null) {
                found |= bits;
            }
            List<Prefix> prefixes = w.length() < PREFIX_KEY ? null : byPrefixStart.get(w.substring(0, PREFIX_KEY));
            if (prefixes != null) {
                for (Prefix p : prefixes) {
                    if (w.startsWith(p.prefix())) {
                        found |= p.bit();
                    }
                }
            }
        }
        return found;
    }
}
