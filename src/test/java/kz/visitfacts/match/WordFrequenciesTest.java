package kz.visitfacts.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import kz.visitfacts.facts.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The word-frequency tables: what they say of framing and topic words in each language, that a bad table is
 * refused naming its line, and that the shipped tables are what their headers and the matcher's folding and
 * stemming say they are.
 */
class WordFrequenciesTest {
    private static final Path DIR = Path.of("src/main/resources/kz/visitfacts/match/frequencies");
    private static final WordFrequencies SHIPPED = WordFrequencies.shipped();
    private static final String HEADER = "# words: 3\n";

    /** How common a word is: VERY_COMMON from Zipf 5 (10 uses per million words), COMMON from 4, else RARE. */
    enum Band {
        VERY_COMMON, COMMON, RARE;

        static Band of(OptionalDouble zipf) {
            return zipf.isEmpty() || zipf.getAsDouble() < 4 ? RARE : zipf.getAsDouble() < 5 ? COMMON : VERY_COMMON;
        }
    }

    /**
     * Words as people type them, looked up as the matcher sees them (folded; stemmed but in Chinese). The rows
     * say what the resources say, also where frequency alone does not part framing from topic: "weather",
     * "погода", "ауа райы", 天气 and 奥运会 are as common as "fund" or 请问, so refusing them needs more than this.
     */
    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        // framing: the asking, the article, the asker's reasons
        "en|want|VERY_COMMON", "en|read|VERY_COMMON", "en|tell|VERY_COMMON", "en|looking|VERY_COMMON",
        "en|figure|VERY_COMMON", "en|mean|VERY_COMMON", "en|article|COMMON", "en|fund|COMMON", "en|briefing|COMMON",
        "ru|говорит|VERY_COMMON", "ru|хочу|VERY_COMMON", "ru|сколько|VERY_COMMON", "ru|скажите|VERY_COMMON",
        "ru|статье|COMMON", "ru|означает|COMMON", "ru|расскажите|COMMON",
        "kk|келеді|VERY_COMMON", "kk|туралы|VERY_COMMON", "kk|қанша|COMMON", "kk|нені|COMMON", "kk|білдіреді|COMMON",
        "kk|айтылған|COMMON",
        "zh|说|VERY_COMMON", "zh|什么|VERY_COMMON", "zh|知道|VERY_COMMON", "zh|报道|VERY_COMMON", "zh|文章|VERY_COMMON",
        "zh|提到|COMMON", "zh|请问|COMMON", "zh-Hant|請問|COMMON",
        // topic words no fact has
        "en|olympics|RARE", "en|pipeline|RARE", "en|earthquake|RARE", "en|recipe|RARE", "en|weather|COMMON",
        "ru|олимпиада|RARE", "ru|землетрясение|RARE", "ru|трубопровод|RARE", "ru|футбол|RARE", "ru|погода|COMMON",
        "kk|олимпиада|RARE", "kk|футбол|RARE", "kk|құбыр|RARE", "kk|инвестиция|RARE", "kk|ауа|COMMON",
        "zh|菜谱|RARE", "zh|奥运会|COMMON", "zh|天气|COMMON", "zh-Hant|天氣|COMMON",
        // names the article is about are rare in the language, so telling
        "en|tokayev|RARE", "ru|токаев|RARE", "kk|тоқаев|RARE", "zh|托卡耶夫|RARE",
    })
    void saysHowCommonAWordIs(String code, String typed, Band band) {
        Language language = Language.fromCode(code).orElseThrow();
        String folded = TextNormalizer.fold(typed).text();
        OptionalDouble zipf = language == Language.ZH || language == Language.ZH_HANT
                ? SHIPPED.zipf(language, folded) : SHIPPED.stemZipf(language, Stemmer.stem(folded));
        assertEquals(band, Band.of(zipf), typed + " (" + folded + "): " + zipf);
    }

    @Test
    void aStemAddsUpItsForms() {
        // говорит alone is at 5.0; with говорить, говорю, говорил ... the stem is at 5.9.
        double word = SHIPPED.zipf(Language.RU, "говорит").orElseThrow();
        double stem = SHIPPED.stemZipf(Language.RU, "говор").orElseThrow();
        assertTrue(stem >= word + 0.5, word + " → " + stem);
        WordFrequencies two = WordFrequencies.of(Map.of(Language.EN, "# words: 2\nzipf 5.0\nread\nreads\t4\n"));
        assertEquals(5.0, two.zipf(Language.EN, "read").orElseThrow());
        assertEquals(5.0, two.zipf(Language.EN, "reads").orElseThrow());
        assertEquals(5.3, two.stemZipf(Language.EN, "read").orElseThrow(), "log10(2 * 10^5)");
        assertTrue(two.stemZipf(Language.EN, "reads").isEmpty(), "reads is not a stem");
    }

    @Test
    void everyStemIsAtLeastAsCommonAsEachOfItsForms() throws IOException {
        for (Language language : List.of(Language.EN, Language.RU, Language.KK)) {
            for (String[] row : wordLines(language)) {
                double word = SHIPPED.zipf(language, row[1]).orElseThrow();
                double stem = SHIPPED.stemZipf(language, Stemmer.stem(row[1])).orElseThrow();
                assertTrue(stem >= word, language + " " + row[1] + ": " + word + " > stem " + stem);
            }
        }
    }

    @Test
    void aWordOfUnknownLanguageTakesItsHighestValue() {
        WordFrequencies both = WordFrequencies.of(Map.of(
                Language.RU, "# words: 1\nzipf 4.0\nмен\n", Language.KK, "# words: 1\nzipf 6.5\nмен\n"));
        assertEquals(6.5, both.zipf("мен").orElseThrow());
        assertEquals(6.5, both.stemZipf("мен").orElseThrow());
        assertEquals(4.0, both.zipf(Language.RU, "мен").orElseThrow());
        assertTrue(both.zipf("погода").isEmpty());
        assertTrue(both.zipf(Language.EN, "мен").isEmpty(), "a language without a table knows no word");
    }

    @Test
    void chineseHasNoStemsAndTraditionalReadsTheSimplifiedTable() {
        assertEquals(SHIPPED.zipf(Language.ZH, "请问"), SHIPPED.stemZipf(Language.ZH, "请问"));
        assertEquals(SHIPPED.zipf(Language.ZH, "请问"), SHIPPED.zipf(Language.ZH_HANT, "请问"));
        assertThrows(IllegalStateException.class,
                () -> WordFrequencies.of(Map.of(Language.ZH, "# words: 1\nzipf 5.0\n请问\t1\n")));
    }

    @Test
    void readsWindowsLineEnds() {
        WordFrequencies crlf = WordFrequencies.of(Map.of(Language.EN, "# words: 1\r\nzipf 5.0\r\nread\r\n"));
        assertEquals(5.0, crlf.zipf(Language.EN, "read").orElseThrow());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "zipf 5.0\\nread\\n|no \"# words: N\" line in its header",
        "# words: 3\\nzipf 5.0\\nread\\n|the header says 3 words, the table has 1",
        "# words: many\\n|line 1: \"many\" is not a whole number",
        "# words: 1\\nread\\n|line 2: a word before any \"zipf Z\" line: \"read\"",
        "# words: 2\\nzipf 5.0\\nread\\nzipf 5.0\\nsay\\n|line 4: zipf 5.0 does not fall below the zipf 5.0 above it",
        "# words: 1\\nzipf 13\\nread\\n|line 2: zipf 13.0 is outside 0..12.0",
        "# words: 1\\nzipf high\\nread\\n|line 2: \"high\" is not a zipf value",
        "# words: 2\\nzipf 5.0\\nread\\nzipf 4.0\\nread\\n|line 5: \"read\" is listed twice",
        "# words: 2\\nzipf 5.0\\nread\\n\\nsay\\n|line 4: a line holds a word and at most its stem after one tab: \"\"",
        "# words: 1\\nzipf 5.0\\nread it\\n|line 3: a line holds a word and at most its stem after one tab: \"read it\"",
        "# words: 1\\nzipf 5.0\\nreads\\t5\\n|line 3: a stem of 5 letters of \"reads\" (5)",
        "# words: 1\\nzipf 5.0\\nreads\\t\\n|line 3: an empty stem after the tab",
    })
    void refusesABadTableNamingItsLine(String table, String message) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> WordFrequencies.of(Map.of(Language.EN, table.replace("\\n", "\n").replace("\\t", "\t"))));
        assertEquals("frequencies/en.txt" + (message.startsWith("line") ? " " : ": ") + message, e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"EN", "RU", "KK", "ZH"})
    void shippedTablesHoldTheWordsTheirHeadersCountAndSayWhereTheyCameFrom(Language language) throws IOException {
        String text = Files.readString(file(language), StandardCharsets.UTF_8);
        for (String field : List.of("# source: ", "# license: ", "# input: ", "# values: ", "# kept: ",
                "# command: scripts/generate-word-frequencies.sh\n")) {
            assertTrue(text.contains("\n" + field), file(language) + " has no \"" + field.strip() + "\" line");
        }
        int declared = Integer.parseInt(text.lines().filter(l -> l.startsWith("# words: ")).findFirst().orElseThrow().substring(9));
        assertEquals(declared, wordLines(language).size());
        assertEquals(declared, SHIPPED.size(language));
    }

    /** The tables hold words folded and stemmed at generation; a change to either makes them stale. */
    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"EN", "RU", "KK", "ZH"})
    void shippedWordsAreFoldedAndStemmedAsTheMatcherDoesNow(Language language) throws IOException {
        List<String> stale = new ArrayList<>();
        for (String[] row : wordLines(language)) {
            String word = row[1];
            String folded = TextNormalizer.fold(word).text();
            String stem = language == Language.ZH ? word : Stemmer.stem(word);
            String written = row.length < 3 ? word : Character.isDigit(row[2].charAt(0)) ? word.substring(0, Integer.parseInt(row[2])) : row[2];
            if (!folded.equals(word) || !stem.equals(written)) {
                stale.add("line " + row[0] + ": " + word + " folds to " + folded + " and stems to " + stem + ", the table says " + written);
            }
        }
        assertEquals(List.of(), stale.subList(0, Math.min(5, stale.size())),
                file(language) + " is stale (" + stale.size() + " lines): regenerate with scripts/generate-word-frequencies.sh");
    }

    @Test
    void shippedTablesStaySmall() throws IOException {
        long bytes = 0;
        for (Language language : List.of(Language.EN, Language.RU, Language.KK, Language.ZH)) {
            bytes += Files.size(file(language));
        }
        assertTrue(bytes <= 300 * 1024, bytes + " bytes");
    }

    @Test
    void aWordTheTableDoesNotHoldHasNoValue() {
        assertFalse(SHIPPED.zipf(Language.EN, "kazakhstan's").isPresent());
        assertFalse(SHIPPED.stemZipf(Language.RU, "").isPresent());
    }

    private static Path file(Language language) {
        return DIR.resolve(language.code() + ".txt");
    }

    /** Each word line of a shipped table as line number, word and, if written, its stem. */
    private static List<String[]> wordLines(Language language) throws IOException {
        List<String[]> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(file(language), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.startsWith("#") && !line.startsWith("zipf ")) {
                String[] parts = line.split("\t");
                rows.add(parts.length == 1 ? new String[] {String.valueOf(i + 1), parts[0]}
                        : new String[] {String.valueOf(i + 1), parts[0], parts[1]});
            }
        }
        return rows;
    }
}
