package kz.visitfacts.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kz.visitfacts.TestFacts;
import org.junit.jupiter.api.Test;

/**
 * The seed the tests pin answers on (src/test/resources/facts-seed) is the seed article as facts/ holds it: its
 * files, language.json, and each lexicon term it has. A curator's additions to facts/ (sources, new lexicon terms)
 * are not in it, and change no test; an edit of what the seed holds must be copied to it, so that the tests see it.
 */
class FactsSeedTest {
    @Test
    void theSeedHoldsWhatFactsHoldsOfItUnchanged() throws IOException {
        List<String> stale = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TestFacts.DIR)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = TestFacts.DIR.relativize(p).toString();
                Path real = TestFacts.REAL_DIR.resolve(name);
                if (name.equals("lexicon.json")) {
                    stale.addAll(changedTerms(p, real));
                } else if ((name.equals("language.json") || Files.exists(real))
                        && !(Files.exists(real) && Arrays.equals(Files.readAllBytes(p), Files.readAllBytes(real)))) {
                    stale.add(name);
                }
            }
        }
        assertEquals(List.of(), stale, "facts/ and the tests' copy in " + TestFacts.DIR + " differ: the tests pin answers on"
                + " the copy, so copy each file named (cp facts/FILE " + TestFacts.DIR + "/FILE), run mvn test and accept the"
                + " golden files' changes that are improvements (docs/fact-base.md)");
    }

    /** The seed's lexicon terms that facts/lexicon.json no longer has as they are. */
    private static List<String> changedTerms(Path seed, Path real) throws IOException {
        Map<String, JsonNode> now = new HashMap<>();
        new ObjectMapper().readTree(real.toFile()).get("terms").forEach(t -> now.put(t.get("id").asText(), t));
        List<String> changed = new ArrayList<>();
        for (JsonNode t : new ObjectMapper().readTree(seed.toFile()).get("terms")) {
            if (!t.equals(now.get(t.get("id").asText()))) {
                changed.add("lexicon.json: term " + t.get("id").asText());
            }
        }
        return changed;
    }
}
