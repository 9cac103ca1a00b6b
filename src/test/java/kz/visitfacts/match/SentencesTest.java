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

    private static final QuestionWords WORDS = QuestionWords.from(kz.visitfacts.TestFacts.base().language());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "我住在西安，这次峰会签了几份文件？#我住在西安，|这次峰会签了几份文件？",
        "i'm from tashkent - how much did china invest?#i'm from tashkent -|how much did china invest?",
        "я журналист из караганды, сколько фирм?#я журналист из караганды,|сколько фирм?",
        "карагандыда турамын, канша инвестиция?#карагандыда турамын,|канша инвестиция?",
        // Nothing of the asker: the sentence stays whole, and a last clause always stays with its sentence.
        "в 2024 году, какой был товарооборот?#в 2024 году, какой был товарооборот?",
        "what was trade in 2024, i'm curious#what was trade in 2024, i'm curious",
        // A clause about the asker that asks is a question, not background.
        "我是记者，我在哪里能看到原文？#我是记者，|我在哪里能看到原文？",
    })
    void setsApartTheClausesInWhichTheAskerSpeaksOfThemselves(String sentence, String expected) {
        List<String> got = Sentences.withAskersClausesApart(List.of(sentence), WORDS::speaksOfTheAsker).stream().map(String::strip).toList();
        assertEquals(List.of(expected.split("\\|")).stream().map(String::strip).toList(), got);
    }
}
