package kz.visitfacts.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kz.visitfacts.TestFacts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A question that claims what its best fact does not say gets no figure as if the claim were right, and the same
 * question without the claim is answered. stated-numbers.tsv: a number the fact does not hold ("five leaders" of three,
 * "the third summit" of the second) or a year that is not its figure's, while a number it does hold, or a span of years
 * counted from now ("in about eight years", 过去二十年), is answered. named-actors.tsv: a company or person named where
 * the fact states another. plans-not-now.tsv: how things are now, asked of a fact that tells of a plan.
 * next-not-this.tsv: the next one of something, asked of a fact that tells of no plan. why-not.tsv: why something did
 * not happen, asked of a fact that says it did, while a why-question with what only looks like a negation is answered.
 */
class ClaimTablesTest {
    private static final Matcher MATCHER = Matcher.build(TestFacts.base(), Set.of());

    @ParameterizedTest
    @ValueSource(strings = {"stated-numbers.tsv", "named-actors.tsv", "plans-not-now.tsv", "next-not-this.tsv", "why-not.tsv"})
    void everyRowIsAnsweredOrRefusedAsTheTableSays(String table) {
        List<String> wrong = new ArrayList<>();
        for (TestFacts.TableRow r : TestFacts.tableRows(Path.of("src/test/resources", table))) {
            Match match = MATCHER.match(r.question());
            String got = match.confident() && !match.premiseUnsupported() ? match.candidates().get(0).fact().id() : "NONE";
            if (!r.expected().contains(got)) {
                wrong.add(r.question() + " → " + got);
            }
        }
        assertEquals(List.of(), wrong);
    }
}
