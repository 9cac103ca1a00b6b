package kz.visitfacts.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import kz.visitfacts.TestFacts;
import kz.visitfacts.facts.FactBase;
import kz.visitfacts.facts.FactBaseLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build analyses the bundled facts once (the analyse-facts step of pom.xml, into target/classes/index/); a
 * start with a fact base of the same fingerprint reads that instead of analysing, and gets the same index.
 */
class AnalysedFactsTest {
    @TempDir
    Path tmp;

    @Test
    void theRealFactBaseIsServedTheBuildsAnalysis() {
        assertFalse(TestFacts.real().fingerprint().isEmpty());
        assertTrue(Matcher.build(TestFacts.real()).analysedByTheBuild(),
                "no analysis of facts/ on the class path with its fingerprint: the build's analyse-facts step did not run");
    }

    @Test
    void theBuildsAnalysisIsTheOneAStartWouldMake() {
        AnalysedFacts bundled = AnalysedFacts.bundledFor(TestFacts.real()).orElseThrow();
        assertTrue(bundled.sameAs(Matcher.analyseNow(TestFacts.real())));
    }

    @Test
    void theSameFilesAnywhereHaveOneFingerprintAndAnEditAnother() throws IOException {
        Path copy = TestFacts.copyTo(tmp.resolve("copy").resolve("facts"));
        assertEquals(TestFacts.base().fingerprint(), new FactBaseLoader().load(copy).fingerprint());
        Path jar = TestFacts.jarOf(TestFacts.DIR, tmp.resolve("facts.jar"), true);
        assertEquals(TestFacts.base().fingerprint(), new FactBaseLoader().loadFromJar(jar).fingerprint());

        Path edited = TestFacts.copyTo(tmp.resolve("edited").resolve("facts"));
        Path file = edited.resolve("2025-09-03-tokayev-state-visit-china.facts.json");
        Files.writeString(file, Files.readString(file).replace("\"featured\": true", "\"featured\": false"));
        FactBase changed = new FactBaseLoader().load(edited);
        assertNotEquals(TestFacts.base().fingerprint(), changed.fingerprint());
        assertFalse(Matcher.build(changed).analysedByTheBuild(), "an edited fact base must be analysed, not served the old analysis");
    }

    @Test
    void anEditedFactBaseIsAnsweredByItsOwnWords() throws IOException {
        // A keyword only the edited base has must be found: proof the analysis is of the edit, not of the build's files.
        Path edited = TestFacts.copyTo(tmp.resolve("keyword").resolve("facts"));
        Path file = edited.resolve("2025-09-03-tokayev-state-visit-china.facts.json");
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode root = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(file.toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) root.withArray("facts").get(0)).with("keywords").withArray("en").add("whirligigs");
        json.writeValue(file.toFile(), root);
        Matcher m = Matcher.build(new FactBaseLoader().load(edited));
        assertFalse(m.analysedByTheBuild());
        java.util.List<String> why = m.explain("whirligigs", 1).lines();
        assertTrue(why.stream().anyMatch(l -> l.contains("in keyword")), why.toString());
    }

    @Test
    void aFileOfAnotherFormatOrCutShortIsNotRead() throws IOException {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        Matcher.analyseNow(TestFacts.real()).write(written);
        byte[] bytes = written.toByteArray();
        assertTrue(AnalysedFacts.read(new ByteArrayInputStream(bytes)).orElseThrow().sameAs(AnalysedFacts.bundledFor(TestFacts.real()).orElseThrow()));
        byte[] otherFormat = bytes.clone();
        otherFormat[10] ^= 1;
        assertTrue(AnalysedFacts.read(new ByteArrayInputStream(otherFormat)).isEmpty());
        assertThrows(IOException.class, () -> AnalysedFacts.read(new ByteArrayInputStream(Arrays.copyOf(bytes, bytes.length / 2))));
        assertThrows(IOException.class, () -> AnalysedFacts.read(new ByteArrayInputStream("not this".getBytes(StandardCharsets.UTF_8))));
    }
}
