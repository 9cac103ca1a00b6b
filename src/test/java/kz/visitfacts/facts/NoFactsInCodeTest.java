package kz.visitfacts.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kz.visitfacts.TestFacts;
import org.junit.jupiter.api.Test;

/** What the sources say lives in facts/, never in code: a new source must need no code change. Names may appear. */
class NoFactsInCodeTest {
    @Test
    void mainCodeAndResourcesHoldNoFactIdAndNoFigure() throws IOException {
        List<String> found = new ArrayList<>();
        // A figure that is only a name (天津) is language, like the lexicon it comes from: examples may cite it.
        java.util.Set<String> names = new java.util.HashSet<>();
        TestFacts.real().lexicon().forEach(t -> t.aliases().values().forEach(names::addAll));
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = file.toString().endsWith(".gz") ? gunzipped(file) : Files.readString(file, StandardCharsets.UTF_8);
                for (Fact f : TestFacts.real().facts()) {
                    if (text.contains("\"" + f.id() + "\"")) {
                        found.add(file + ": fact id " + f.id());
                    }
                    // A bare number or percentage (a curator's "70", "2024", "40%") is any constant's or example's
                    // too: not a fact's wording. Figures with words or units (500余名, 18 billion tenge) are checked.
                    boolean bareNumber = f.figure().matches("[\\d.,]+%?");
                    if (text.contains(f.figure()) && !names.contains(f.figure()) && !bareNumber) {
                        found.add(file + ": figure " + f.figure() + " of " + f.id());
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    /** A gzipped table (the word lists) as the text it holds. */
    private static String gunzipped(Path file) throws IOException {
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
