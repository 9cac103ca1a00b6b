package kz.visitfacts.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kz.visitfacts.TestFacts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Follow-ups read with the question before them (follow-ups.tsv): a swapped name or topic, a bare question word, a
 * follow-up the article cannot answer, and a whole new question. Written from the article when follow-ups were first
 * tested alone, and measured once untuned: 18 of 28 right, 2 answered with another fact (one of them a lone common word,
 * which {@link Mechanism#EVIDENCE_FLOOR} now refuses). Switched off, follow-ups lose rows.
 */
class FollowUpTest {
    private static final Path TABLE = Path.of("src/test/resources/follow-ups.tsv");

    record Row(String before, String followUp, List<String> expected) {
        @Override
        public String toString() {
            return before + " → " + followUp;
        }
    }

    private static List<Row> rows;

    @BeforeAll
    static void read() throws IOException {
        rows = new ArrayList<>();
        for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] cols = line.split("\t");
                rows.add(new Row(cols[1], cols[2], List.of(cols[3].split("\\|"))));
            }
        }
    }

    private static String answer(Match match) {
        return match.confident() && !match.premiseUnsupported() ? match.candidates().get(0).fact().id() : "NONE";
    }

    private static String followUpAnswer(Matcher m, Row r) {
        return answer(m.match(r.followUp(), m.match(r.before()).context()));
    }

    /** The rows answered as the table says, and those answered with another fact than the table's. */
    private static List<Row> misses(Matcher m, boolean wrongOnly) {
        List<Row> misses = new ArrayList<>();
        for (Row r : rows) {
            String got = followUpAnswer(m, r);
            if (!r.expected().contains(got) && (!wrongOnly || !got.equals("NONE"))) {
                misses.add(r);
            }
        }
        return misses;
    }

    @Test
    void followUpsAreAnsweredAsTheTableSaysAndAtMostOneWithAnotherFigure() {
        Matcher m = Matcher.build(TestFacts.base(), Set.of());
        List<Row> misses = misses(m, false);
        System.out.println("follow-ups: " + (rows.size() - misses.size()) + "/" + rows.size() + " right; missed " + misses);
        // As measured: at most the one wrong answer left ("how many people attended?" after the summit's venue), and
        // no fewer right; a change that loses a row, or answers another one wrongly, shows here.
        assertTrue(misses(m, true).size() <= 1, "follow-ups answered with another fact: " + misses(m, true));
        // 25 right of 34 as measured; one row ("And what were they worth?") sits at the threshold, which is the median of
        // nine dealings of cross-validation and may move when the model is fitted again: one row of slack for it.
        assertTrue(rows.size() - misses.size() >= 24, "right: " + (rows.size() - misses.size()) + "; missed " + misses);
    }

    @Test
    void withoutFollowUpsTheBareOnesAreLost() {
        Matcher on = Matcher.build(TestFacts.base(), Set.of());
        Matcher off = Matcher.build(TestFacts.base(), Set.of(Mechanism.FOLLOW_UPS));
        List<Row> lost = new ArrayList<>(misses(off, false));
        lost.removeAll(misses(on, false));
        assertTrue(lost.size() >= 5, "FOLLOW_UPS off loses only " + lost);
    }

    @Test
    void aSwappedNameIsTheSameQuestionAboutTheNewName() {
        Matcher on = Matcher.build(TestFacts.base(), Set.of());
        Matcher off = Matcher.build(TestFacts.base(), Set.of(Mechanism.NAME_SWAPS));
        List<Row> lost = new ArrayList<>(misses(off, false));
        lost.removeAll(misses(on, false));
        assertTrue(!lost.isEmpty(), "NAME_SWAPS off loses no row of the table");
        // Two swaps in a row: the second still asks what the first question asked (a province), though the first swap
        // was answered alone.
        String[] turns = {"中石化未来要在哈萨克斯坦哪个州投资？", "那华电呢？", "CNPC呢？"};
        assertEquals("cnpc-shymkent", lastAnswer(on, turns));
        assertTrue(!"cnpc-shymkent".equals(lastAnswer(off, turns)));
    }

    private static String lastAnswer(Matcher m, String... turns) {
        Context context = null;
        Match match = null;
        for (String t : turns) {
            match = m.match(t, context);
            context = match.context();
        }
        return answer(match);
    }
}
