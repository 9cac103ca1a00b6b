package kz.visitfacts.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import kz.visitfacts.TestFacts;
import org.junit.jupiter.api.Test;

/**
 * A question with a word the frequency tables say was mistyped is read corrected first, even where as typed it is
 * answered too: the answer then rests on what was meant, not on the words that happened to be right. (Which fact the
 * two readings name is the decision model's to tell, and with today's model they agree: told here by the reading.)
 */
class MistypedFirstTest {
    private static final String QUESTION = "How many compnies with Chinese capital operate in Kazakhstan?";

    @Test
    void theCorrectedReadingComesFirst() {
        assertEquals("[compnies → companies]", Matcher.build(TestFacts.base(), Set.of()).explain(QUESTION, 1).corrections().toString());
    }

    @Test
    void switchedOffTheReadingAsTypedIsKeptWhenItIsAnswered() {
        assertEquals("[]", Matcher.build(TestFacts.base(), Set.of(Mechanism.MISTYPED_FIRST)).explain(QUESTION, 1).corrections().toString());
    }
}
