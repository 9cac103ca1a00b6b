package kz.visitfacts.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.visitfacts.Golden;
import kz.visitfacts.TestFacts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The users' question samples (copied from shared/eval) against their golden files, row by row. */
class SampleGoldenTest {
    @ParameterizedTest
    @ValueSource(strings = {"dev-questions.jsonl", "dev-questions-2.jsonl"})
    void everySampleQuestionAnswersAsItsGoldenFileSays(String file) throws Exception {
        Evaluation.Report report = Evaluation.run(TestFacts.engine(), Evaluation.read(Path.of("src/test/resources/eval", file)));
        Map<String, String> rows = new LinkedHashMap<>();
        for (Evaluation.Outcome o : report.outcomes()) {
            rows.put(o.question().id() + " " + o.question().text(), (o.passed() ? "pass " : "MISS ") + o.canonical());
        }
        Golden.check("sample-" + file.replace(".jsonl", ""), "passed " + report.overall(), rows);
    }
}
