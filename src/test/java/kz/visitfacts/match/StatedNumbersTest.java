package kz.visitfacts.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kz.visitfacts.TestFacts;
import org.junit.jupiter.api.Test;

/**
 * A number the question states and its best fact does not hold is a claim the source does not make
 * (stated-numbers.tsv): "five leaders" of three, "the third summit" of the second; a number the fact does hold, or a
 * span of years counted from now ("in about eight years", 过去二十年), is answered.
 */
class StatedNumbersTest {
    @Test
    void everyRowIsAnsweredOrRefusedAsTheTableSays() {
        Matcher m = Matcher.build(TestFacts.base(), Set.of());
        List<String> wrong = new ArrayList<>();
        for (TestFacts.TableRow r : TestFacts.tableRows(Path.of("src/test/resources/stated-numbers.tsv"))) {
            Match match = m.match(r.question());
            String got = match.confident() && !match.premiseUnsupported() ? match.candidates().get(0).fact().id() : "NONE";
            if (!r.expected().contains(got)) {
                wrong.add(r.question() + " → " + got);
            }
        }
        assertEquals(List.of(), wrong);
    }
}
