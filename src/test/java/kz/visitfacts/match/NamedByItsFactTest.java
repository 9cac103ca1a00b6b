package kz.visitfacts.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Set;
import kz.visitfacts.TestFacts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name the question asks about belongs to the fact of its sentence that states it, not to another fact of that
 * sentence that only stands beside it (NAMED_BY_ITS_FACT). Told by the ranking: the claim checks
 * (NAMED_ACTORS) would refuse the neighbour's figure anyway, so no table answer tells the mechanism gone.
 */
class NamedByItsFactTest {
    private static final Matcher ALL_ON = Matcher.build(TestFacts.base(), Set.of());
    private static final Matcher WITHOUT = Matcher.build(TestFacts.base(), Set.of(Mechanism.NAMED_BY_ITS_FACT));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Which region will CNPC invest in?|cnpc-shymkent",
    })
    void theFactThatStatesTheNameRanksFirst(String question, String fact) {
        assertEquals(fact, first(ALL_ON, question));
        assertNotEquals(fact, first(WITHOUT, question), "NAMED_BY_ITS_FACT off");
    }

    private static String first(Matcher m, String question) {
        return m.match(question).candidates().get(0).fact().id();
    }
}
