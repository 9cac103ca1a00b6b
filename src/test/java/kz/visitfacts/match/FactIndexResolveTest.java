package kz.visitfacts.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.visitfacts.TestFacts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How a question's word that no fact holds as typed is found under a word one does: by a known beginning (a Kazakh
 * or Russian ending), by a Kazakh sound change before an ending (орталық → орталығын), or, when typos are looked
 * for, by one wrong letter, in Latin or Cyrillic. Each way has a switch, and the table's rows say what it finds.
 */
class FactIndexResolveTest {
    private static final List<String> KNOWN = List.of("w:орталык", "w:инвестиц", "w:investment", "w:railway", "w:экономик",
            "w:сауда", "w:invest", "w:investor", "w:capital", "w:capitol", "w:закон");

    private static FactIndex index(Set<Mechanism> off) {
        Map<String, Double> weights = new java.util.HashMap<>();
        KNOWN.forEach(k -> weights.put(k, 1.0));
        return new FactIndex(List.of(new FactIndex.Doc(TestFacts.base().facts().get(0), weights)), off);
    }

    @ParameterizedTest(name = "{0} ({1}) → {2} by {3}")
    @CsvSource(delimiter = '|', value = {
        // Word endings: the longest known beginning.
        "инвестициялар|false|w:инвестиц|ENDING|WORD_ENDINGS",
        "экономикасы|false|w:экономик|ENDING|WORD_ENDINGS",
        // The Kazakh sound change: к becomes г (folded from қ → ғ) before a vowel ending.
        "орталыгын|false|w:орталык|ENDING|WORD_ENDINGS",
        // A tail no Kazakh ending begins with is the rest of a Russian root: законч (закончился) is no form of закон.
        "законч|false|w:законч|NONE|",
        "законч|true|w:законч|NONE|",
        // One wrong letter, only when typos are looked for, and only when one known word is that close.
        "railwya|true|w:railway|TYPO|TYPOS",
        "railwya|false|w:railwya|NONE|TYPOS",
        "саудп|true|w:сауда|TYPO|TYPOS",
        // Two known words one letter away (capital, capitol): no guess.
        "capitel|true|w:capitel|NONE|",
        "погода|true|w:погода|NONE|",
    })
    void findsAnUnknownWordUnderAKnownOne(String word, boolean typos, String key, FactIndex.Via via, String mechanism) {
        Term t = new Term("w:" + word, 1.0, Term.Type.WORD);
        FactIndex.Resolved found = index(Set.of()).resolve(t, typos);
        assertEquals(key + " " + via, found.key() + " " + found.via());
        if (mechanism != null && via != FactIndex.Via.NONE) {
            // Switched off, the same word is found under nothing.
            FactIndex.Resolved without = index(Set.of(Mechanism.valueOf(mechanism))).resolve(t, typos);
            assertEquals(FactIndex.Via.NONE, without.via(), mechanism + " off");
        }
    }

    /** WORD_ENDINGS_KAZAKH's own test (no table row of the article turns on it alone): switched off, a Russian root is cut. */
    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({"законч, false", "законч, true"})
    void switchedOffARussianRootsLastLetterIsReadAsAnEnding(String word, boolean typos) {
        Term t = new Term("w:" + word, 1.0, Term.Type.WORD);
        assertEquals(FactIndex.Via.NONE, index(Set.of()).resolve(t, typos).via());
        assertEquals("w:закон", index(Set.of(Mechanism.WORD_ENDINGS_KAZAKH)).resolve(t, typos).key());
    }

    @org.junit.jupiter.api.Test
    void theUnknownWordsKeptAreBoundedAndAWordPastTheBoundIsStillRead() {
        FactIndex index = index(Set.of());
        for (int i = 0; i < FactIndex.MAX_RESOLVED + 5_000; i++) {
            index.resolve(new Term("w:unknown" + i, 1.0, Term.Type.WORD), true);
        }
        org.junit.jupiter.api.Assertions.assertEquals(FactIndex.MAX_RESOLVED, index.resolvedKept());
        Term typo = new Term("w:railwya", 1.0, Term.Type.WORD);
        org.junit.jupiter.api.Assertions.assertEquals(new FactIndex.Resolved("w:railway", FactIndex.Via.TYPO), index.resolve(typo, true));
        // The readings without typos are kept apart: the same word is not read as a typo there.
        org.junit.jupiter.api.Assertions.assertEquals(FactIndex.Via.NONE, index.resolve(typo, false).via());
        org.junit.jupiter.api.Assertions.assertEquals(FactIndex.MAX_RESOLVED + 1, index.resolvedKept());
    }
}
