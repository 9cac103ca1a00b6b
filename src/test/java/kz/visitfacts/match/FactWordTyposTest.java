package kz.visitfacts.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which mistyped words are read as the facts' words before analysis, and which are left as typed. */
class FactWordTyposTest {
    /** The stems the facts hold, as the index would give them one edit from a typed stem. */
    private static final Map<String, String> STEMS_ONE_EDIT_AWAY = Map.of("саглашен", "соглашен", "савет", "совет",
            "кампан", "компан");
    private static final Set<String> FACT_WORDS = Set.of("соглашений", "совете", "agreements", "компаний");
    private static final FactWordTypos TYPOS = new FactWordTypos(WordFrequencies.shipped(), FACT_WORDS::contains,
            STEMS_ONE_EDIT_AWAY::get, List.of("How many agreements were signed?", "Сколько компаний работает?"));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        // the stem one edit from a stem of the facts, the typed ending kept
        "сколько саглашений подписали|сколько соглашений подписали",
        "на деловом савете|на деловом совете",
        // the word one edit from a word the facts are written in (the stems are further apart: agreem, agreement)
        "how many agreemants|how many agreements",
    })
    void readsAMistypedFactWordAsIt(String typed, String meant) {
        List<ChineseTypos.Correction> corrections = new ArrayList<>();
        assertEquals(meant, TYPOS.correct(typed, corrections));
        assertEquals(1, corrections.size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // a real word, near a fact's word but not far rarer than it (campaigns, not companies)
        "кампаний",
        // a word the facts hold
        "соглашений",
        // a stem too short to guess
        "agre",
        // nothing one edit away
        "погода",
    })
    void leavesOtherWordsAlone(String word) {
        assertNull(TYPOS.meant(word));
    }

    @org.junit.jupiter.api.Test
    void keepsWhatAWordIsReadAsOnceAndUpToABound() {
        FactWordTypos typos = new FactWordTypos(WordFrequencies.shipped(), FACT_WORDS::contains, STEMS_ONE_EDIT_AWAY::get,
                List.of("How many agreements were signed?"));
        assertEquals("agreements", typos.meant("agreemants"));
        assertEquals("agreements", typos.meant("agreemants"));
        assertNull(typos.meant("погода"));
        assertEquals(2, typos.kept());
        for (int i = 0; i < FactIndex.MAX_RESOLVED + 10; i++) {
            typos.meant("zqxw" + Integer.toString(i, 36));
        }
        assertEquals(FactIndex.MAX_RESOLVED, typos.kept());
    }
}
