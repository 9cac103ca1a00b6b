package kz.visitfacts.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kz.visitfacts.TestFacts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which mistyped words are read as question words, and which words are left as typed. */
class FunctionWordTyposTest {
    private static final QuestionWords WORDS = QuestionWords.from(TestFacts.base().language());
    /** "region" and "регион" stand for words some fact holds. */
    private static final Set<String> FACT_WORDS = Set.of("regoin", "регино");
    private static final FunctionWordTypos TYPOS = new FunctionWordTypos(WORDS, WordFrequencies.shipped(), FACT_WORDS::contains);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        // a letter missing before one wrong: where, not when; which, not with
        "wher did he go|where did he go",
        "wich region|which region",
        // two letters swapped: how and who alike, settled by the cue "how many"
        "hwo many firms|how many firms",
        "whta is it|what is it",
        "сколко фирм|сколько фирм",
        "гед офис|где офис",
        // когда (Russian) and кайда (Kazakh) one letter away alike: the Russian word beside it settles it
        "кагда открылся центр|когда открылся центр",
    })
    void readsAMistypedQuestionWordAsIt(String typed, String meant) {
        List<ChineseTypos.Correction> corrections = new ArrayList<>();
        assertEquals(meant, TYPOS.correct(typed, corrections));
        assertEquals(1, corrections.size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // real words, about as common as the stop word next to them
        "with|before|after",
        "так|before|after",
        "rich|before|after",
        // a word a fact holds
        "regoin|before|after",
        // two swaps alike and nothing beside to settle it
        "hwo|is|he",
        // too short to guess
        "hw|before|after",
        // a multiplier of a figure, one edit from мен (and): the figure would lose its million
        "млн|10|тонн",
    })
    void leavesOtherWordsAlone(String word, String before, String after) {
        assertNull(TYPOS.meant(word, before, after));
    }

    @org.junit.jupiter.api.Test
    void keepsWhatAWordIsNearOnceAndUpToABound() {
        FunctionWordTypos typos = new FunctionWordTypos(WORDS, WordFrequencies.shipped(), w -> false);
        assertEquals("which", typos.meant("wich", null, null));
        assertEquals("which", typos.meant("wich", null, null));
        assertEquals(1, typos.kept());
        for (int i = 0; i < FactIndex.MAX_RESOLVED + 10; i++) {
            typos.meant("zq" + Integer.toString(i, 36), null, null);
        }
        assertEquals(FactIndex.MAX_RESOLVED, typos.kept());
    }
}
