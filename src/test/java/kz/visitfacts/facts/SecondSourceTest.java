package kz.visitfacts.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import kz.visitfacts.TestFacts;
import kz.visitfacts.answer.Answer;
import kz.visitfacts.answer.AnswerEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second source is data only: its text file and its facts file dropped beside the first. */
class SecondSourceTest {
    @TempDir
    Path tmp;

    @Test
    void aSecondSourceIsAddedAsDataAndAnswersWithItsOwnMetadata() throws IOException {
        FactBase base = TestFacts.baseWith(tmp.resolve("facts"), "second-source");
        List<String> ids = base.sources().stream().map(Source::id).toList();
        assertTrue(ids.containsAll(List.of("2025-09-03-tokayev-state-visit-china", "2025-09-10-astana-marathon")), ids.toString());
        assertEquals(TestFacts.base().sources().size() + 1, ids.size());
        AnswerEngine engine = new AnswerEngine(base);

        Answer marathon = engine.ask("How many runners took part in the Astana marathon?");
        assertTrue(marathon.answered());
        Fact f = marathon.best().fact();
        assertEquals("约12000名", f.figure());
        assertEquals("测试编辑", f.source().compiler());
        assertEquals("2025-09-10", f.source().date().toString());

        Answer trade = engine.ask("中哈两国2024年的贸易额有多少？");
        assertEquals("440亿美元", trade.best().fact().figure());
        assertEquals("木合塔尔·木拉提", trade.best().fact().source().compiler());
    }
}
