package kz.visitfacts.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.visitfacts.TestFacts;
import kz.visitfacts.facts.Fact;
import kz.visitfacts.facts.Language;
import org.junit.jupiter.api.Test;

/**
 * Messages in Latin letters: Kazakh ones read in Cyrillic, every other left as it is (messages.tsv), and the fact
 * base's own Kazakh written in the 2021 alphabet or typed in plain ASCII read back as it was written.
 */
class LatinKazakhTest {
    private static final LatinKazakh READER = LatinKazakh.of(TestFacts.base());
    /** With the shipped word lists alone: what a fact base's words add is not what is measured. */
    private static final LatinKazakh SHIPPED_ONLY = LatinKazakh.of(List.of(), List.of());

    @Test
    void readsKazakhMessagesInCyrillicAndLeavesEveryOtherAsItIs() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/kazakh-latin/messages.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] row = line.split("\t");
            LatinKazakh.Reading r = READER.read(row[0]);
            String got = r.latin() ? r.text() : "NONE";
            if (!got.equals(row[1]) || !r.latin() && !r.text().equals(row[0])) {
                wrong.add(row[0] + " → " + got + ", not " + row[1]);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aWordOfBothLanguagesOrANameDoesNotMakeAMessageKazakh() {
        assertFalse(READER.read("don't tell me kansha").latin());
        assertFalse(READER.read("Tell me about Astana").latin());
        assertTrue(READER.read("kansha adam keldi").latin());
    }

    @Test
    void anEnglishNameInAKazakhMessageStaysAsTyped() {
        assertEquals("Тоқаев China Daily газетіне не жазды?".replace('қ', 'к').replace('і', 'и'),
                READER.read("Tokaev China Daily gazetine ne jazdy?").text());
    }

    /** Every Kazakh statement of the fact base, in the 2021 alphabet and in plain ASCII typing, with the shipped lists alone. */
    @Test
    void theFactBasesKazakhReadsBackFromEachSpelling() {
        int words = 0;
        List<String> wrong = new ArrayList<>();
        for (Fact f : TestFacts.base().facts()) {
            String kk = f.statement().in(Language.KK);
            if (kk.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                continue; // a Kazakh sentence naming someone in Chinese characters is mixed, and left as it is
            }
            for (String latin : List.of(KazakhLatin.toLatin(kk), ascii(KazakhLatin.toLatin(kk)))) {
                LatinKazakh.Reading r = SHIPPED_ONLY.read(latin);
                assertTrue(r.latin(), "not read as Kazakh: " + latin);
                List<String> expected = words(kk);
                List<String> got = words(r.text());
                for (int i = 0; i < expected.size() && expected.size() == got.size(); i++) {
                    if (writtenAlike(expected.get(i))) {
                        words++;
                        if (!expected.get(i).equals(got.get(i))) {
                            wrong.add(expected.get(i) + " ← " + got.get(i));
                        }
                    }
                }
            }
        }
        // Names spelled otherwise in Latin (Цзиньпин) and abbreviations typed in plain capitals (SHYU) may miss.
        assertTrue(wrong.size() * 50 < words, wrong.size() + " of " + words + " words: " + wrong);
    }

    /** A word the 2021 alphabet writes without losing a letter (it drops ь and ъ, and writes ц, щ, э, ё, я, ю as others). */
    private static boolean writtenAlike(String word) {
        return word.matches("\\p{IsCyrillic}+") && !word.matches(".*[ьъцщэёяю].*") && !word.matches(".*и[аоуеы].*");
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : TextNormalizer.foldSimplified(text).split("[^\\p{L}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private static final Map<Character, String> ASCII = Map.ofEntries(Map.entry('ä', "a"), Map.entry('ğ', "g"),
            Map.entry('ı', "i"), Map.entry('ñ', "n"), Map.entry('ö', "o"), Map.entry('ū', "u"), Map.entry('ü', "u"),
            Map.entry('ş', "sh"), Map.entry('ç', "ch"), Map.entry('q', "k"), Map.entry('j', "zh"));

    /** The 2021 alphabet as typed on an English keyboard: no accents, sh for ş, k for q, zh for j. */
    private static String ascii(String latin) {
        StringBuilder sb = new StringBuilder();
        for (char c : latin.toCharArray()) {
            char lower = Character.toLowerCase(c);
            String a = c == 'İ' ? "I" : ASCII.get(lower);
            sb.append(a == null ? String.valueOf(c) : c == lower || c == 'İ' ? a : Character.toUpperCase(a.charAt(0)) + a.substring(1));
        }
        return sb.toString();
    }
}
