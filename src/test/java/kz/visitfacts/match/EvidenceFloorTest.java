package kz.visitfacts.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kz.visitfacts.TestFacts;
import org.junit.jupiter.api.Test;

/**
 * A question sharing only a lone common word with any fact ("how much money?") names no figure, whatever fact holds
 * that word: below the evidence of every question the decision model was fitted on, its chance is no guide.
 */
class EvidenceFloorTest {
    private static final List<String> LONE_COMMON_WORDS = List.of(
            "How much money?", "How much money was it?", "And the money?", "What's the number?", "How many people?",
            "多少钱？", "钱呢？", "Сколько людей?", "Қанша адам?");

    private static List<String> answered(Matcher m) {
        List<String> answered = new ArrayList<>();
        for (String q : LONE_COMMON_WORDS) {
            Match match = m.match(q);
            if (match.confident()) {
                answered.add(q + " → " + match.candidates().get(0).fact().id());
            }
        }
        return answered;
    }

    @Test
    void aLoneCommonWordIsRefusedWithTheReasonSaid() {
        Matcher m = Matcher.build(TestFacts.base(), Set.of());
        assertEquals(List.of(), answered(m));
        assertEquals("too-little", m.match("How much money?").reason());
    }

    @Test
    void withoutTheFloorTheModelAnswersOne() {
        Matcher off = Matcher.build(TestFacts.base(), Set.of(Mechanism.EVIDENCE_FLOOR));
        assertFalse(answered(off).isEmpty(), "EVIDENCE_FLOOR off answers none of " + LONE_COMMON_WORDS);
        System.out.println("EVIDENCE_FLOOR off answers " + answered(off));
    }
}
