package kz.visitfacts.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Message → its sentences, separated by | in the table. */
class SentencesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "I teach in Almaty. How big was trade in 2024?#I teach in Almaty.|How big was trade in 2024?",
        "Trade grew 1.8 times. Why?# Trade grew 1.8 times.|Why?",
        "我是做外贸的。2024年贸易额是多少？#我是做外贸的。|2024年贸易额是多少？",
        "Сәлем! Қанша инвестиция?#Сәлем!|Қанша инвестиция?",
        "one line\\nanother line#one line|another line",
        "no end mark at all#no end mark at all",
        "?!. ...#",
    })
    void cutsAMessageIntoSentences(String message, String expected) {
        List<String> got = Sentences.of(message.replace("\\n", "\n")).stream().map(String::strip).toList();
        List<String> want = expected == null ? List.of() : List.of(expected.strip().split("\\|"));
        assertEquals(want.stream().map(String::strip).toList(), got);
    }
}
