package kz.visitfacts.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kz.visitfacts.TestFacts;
import kz.visitfacts.facts.LanguageData;
import org.junit.jupiter.api.Test;

/** The filter only spares work: a cue list it rules out is never one the question holds. */
class CueFilterTest {
    private static final QuestionWords WORDS = QuestionWords.from(TestFacts.base().language());

    @Test
    void findsEachSortOfCueAndRulesOutTheOthers() {
        CueFilter filter = new CueFilter();
        long han = filter.register(CueWords.of(List.of("多少美元", "%")));
        long word = filter.register(CueWords.of(List.of("how many people")));
        long prefix = filter.register(CueWords.of(List.of("отказ*")));
        assertEquals(han, filter.candidates("贸易额是多少美元", List.of()));
        assertEquals(han, filter.candidates("what share 85 %", List.of("what", "share", "85")));
        assertEquals(word, filter.candidates("how many people came", List.of("how", "many", "people", "came")));
        assertEquals(prefix, filter.candidates("почему отказались", List.of("почему", "отказались")));
        assertEquals(0, filter.candidates("many people отка", List.of("many", "people", "отка")));
    }

    @Test
    void aCueOfNoCharactersIsFoundEverywhereAsCueWordsFindsIt() {
        CueFilter filter = new CueFilter();
        long empty = filter.register(CueWords.of(List.of("\u200b")));
        assertTrue(CueFilter.mayBeIn(empty, filter.candidates("anything", List.of("anything"))));
    }

    @Test
    void listsPastTheBitsOfALongAreAlwaysLookedAt() {
        CueFilter filter = new CueFilter();
        long last = 0;
        for (int i = 0; i <= Long.SIZE; i++) {
            last = filter.register(CueWords.of(List.of("word" + i)));
        }
        assertEquals(0, last);
        assertTrue(CueFilter.mayBeIn(last, filter.candidates("nothing", List.of("nothing"))));
    }

    /** Every cue list and measure of the shipped language data, against every question of the project's tables and samples. */
    @Test
    void neverRulesOutAListAQuestionHolds() throws IOException {
        LanguageData data = TestFacts.base().language();
        List<CueWords> lists = new ArrayList<>();
        data.cues().forEach(c -> lists.add(CueWords.of(c.words())));
        data.measures().values().forEach(words -> lists.add(CueWords.of(words)));
        CueFilter filter = new CueFilter();
        long[] bits = lists.stream().mapToLong(filter::register).toArray();
        int found = 0;
        List<String> questions = questions();
        for (String q : questions) {
            String folded = WORDS.rewrite(TextNormalizer.fold(q).text());
            List<String> words = TextAnalyzer.words(folded);
            long candidates = filter.candidates(folded, words);
            for (int i = 0; i < lists.size(); i++) {
                CueWords l = lists.get(i);
                boolean holds = l.foundIn(folded, words) || l.foundWithOneWordInside(words) || l.foundApartInChinese(folded);
                if (holds) {
                    found++;
                    assertTrue(CueFilter.mayBeIn(bits[i], candidates), "ruled out list " + i + " in: " + q);
                }
            }
        }
        assertTrue(questions.size() > 1000, "questions read: " + questions.size());
        assertTrue(found > 1000, "cues found: " + found);
        assertFalse(lists.size() > Long.SIZE, "more lists than bits: the filter would spare nothing for the rest");
    }

    private static List<String> questions() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> tables = Files.list(Path.of("src/test/resources/questions"))) {
            for (Path t : tables.filter(p -> p.toString().endsWith(".tsv")).toList()) {
                for (String line : Files.readAllLines(t)) {
                    String[] cols = line.split("\t");
                    if (!line.startsWith("#") && cols.length >= 2) {
                        out.add(cols[1]);
                    }
                }
            }
        }
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> samples = Files.list(Path.of("src/test/resources/eval"))) {
            for (Path s : samples.filter(p -> p.toString().endsWith(".jsonl")).toList()) {
                for (String line : Files.readAllLines(s)) {
                    JsonNode row = json.readTree(line);
                    if (row.has("q")) {
                        out.add(row.get("q").asText());
                    }
                    row.path("turns").forEach(t -> out.add(t.path("q").asText()));
                }
            }
        }
        return out;
    }
}
