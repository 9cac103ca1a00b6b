package kz.visitfacts.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/** Words within one edit of another (a letter wrong, missing, added, or two swapped), by Lucene's Levenshtein automaton. */
final class OneEdit {
    private OneEdit() {
    }

    /**
     * The entries of {@code byLength} (entries by the length of their word, which {@code word} reads) whose word is one
     * edit from {@code typed}, in the order of their lengths and then of each list.
     */
    static <T> List<T> near(String typed, Map<Integer, List<T>> byLength, Function<T, String> word) {
        // Built only when some entry is of a length one edit may reach: it costs tens of microseconds.
        CharacterRunAutomaton near = null;
        List<T> found = new ArrayList<>();
        for (int len = typed.length() - 1; len <= typed.length() + 1; len++) {
            for (T entry : byLength.getOrDefault(len, List.of())) {
                near = near != null ? near : new CharacterRunAutomaton(new LevenshteinAutomata(typed, true).toAutomaton(1));
                if (near.run(word.apply(entry))) {
                    found.add(entry);
                }
            }
        }
        return found;
    }
}
