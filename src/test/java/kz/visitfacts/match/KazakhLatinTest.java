package kz.visitfacts.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Kazakh's Latin alphabets letter by letter, both ways: tables under src/test/resources/kazakh-latin. */
class KazakhLatinTest {
    private static List<String[]> table(String name) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/kazakh-latin", name), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    @Test
    void readsEveryLetterOfEachAlphabetAsItsCyrillicLetter() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String[] row : table("letters.tsv")) {
            String got = KazakhLatin.toCyrillic(row[1], KazakhLatin.Spelling.valueOf(row[0]));
            if (!got.equals(row[2])) {
                wrong.add(row[0] + " " + row[1] + " → " + got + ", not " + row[2]);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void writesEveryCyrillicLetterInThe2021Alphabet() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String[] row : table("cyrillic.tsv")) {
            String got = KazakhLatin.toLatin(row[0]);
            if (!got.equals(row[1])) {
                wrong.add(row[0] + " → " + got + ", not " + row[1]);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Қазақстан мен Қытай|Qazaqstan men Qytai",
        "ШЫҰ-ның саммиті|ŞYŪ-nyñ sammitı",
        "Іскерлік кеңес|Iskerlık keñes",
        "Бейжіңдегі мәдени орталық|Beijıñdegı mädeni ortalyq",
        "Әлемдік жасанды интеллект нарығы|Älemdık jasandy intellekt naryğy",
        "Тяньцзинь декларациясы|Tiantszin deklaratsiiasy",
        "Достық — Мойынты|Dostyq — Moiynty",
        "ЯНВАРЬ|İANVAR",
        "2024 жылы 440 млрд доллар|2024 jyly 440 mlrd dollar",
        "China Daily газеті|China Daily gazetı",
    })
    void writesWordsInThe2021Alphabet(String cyrillic, String latin) {
        assertEquals(latin, KazakhLatin.toLatin(cyrillic));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', value = {
        "Qazaqstan mädeniet ortalyğy|OFFICIAL_2021",
        "Qazaqstan mádenıet ortalyǵy|ACUTE_2018",
        "Qazaqstan ma'deni'et ortalyg'y|APOSTROPHE_2017",
        "Kazakstan madeniet ortalygy|PLAIN",
        "Tokayev's op-ed|PLAIN",
        "Türk Telekom|OFFICIAL_2021",
    })
    void tellsTheSpellingFromItsLetters(String text, KazakhLatin.Spelling spelling) {
        assertEquals(spelling, KazakhLatin.spelling(text));
    }

    @ParameterizedTest(name = "{0} ({1}) reads first as {2}")
    @CsvSource(delimiter = '|', value = {
        // и or й: й after a vowel
        "qai|OFFICIAL_2021|қай",
        "Moiynty|OFFICIAL_2021|мойынты",
        "Kaspii|PLAIN|каспий",
        "qaıda|ACUTE_2018|қайда",
        "kytay|PLAIN|кытай",
        // я and ю as the 2021 alphabet writes them
        "Aziia|OFFICIAL_2021|азия",
        "aiaq|OFFICIAL_2021|аяқ",
        // digraphs of plain typing
        "zhasandy|PLAIN|жасанды",
        "shyghys|PLAIN|шығыс",
        "Tokayev|PLAIN|токаев",
    })
    void readsAWordInItsUsualReadingFirst(String latin, KazakhLatin.Spelling spelling, String cyrillic) {
        assertEquals(cyrillic, KazakhLatin.toCyrillic(latin, spelling));
    }

    @Test
    void offersTheOtherReadingsOfAnAmbiguousLetter() {
        List<List<String>> parts = KazakhLatin.segments("kompaniasy", KazakhLatin.Spelling.PLAIN).stream().map(List::of).toList();
        assertEquals(List.of("я", "ия", "иа"), parts.get(6), parts.toString());
        assertEquals(List.of("е", "э"), KazakhLatin.segments("ekonomika", KazakhLatin.Spelling.PLAIN).stream().map(List::of).toList().get(0));
    }
}
