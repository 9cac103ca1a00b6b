package kz.visitfacts.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import kz.visitfacts.facts.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {
    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', value = {
        "中哈贸易额是多少|false|zh",
        "哈薩克斯坦有幾個展區|true|zh-Hant",
        "China Daily上的文章|false|zh",
        "How much trade?|false|en",
        "Сколько компаний?|false|ru",
        "Қытай Қазақстанға қанша инвестиция салды?|false|kk",
        "SCO ШОС|false|ru",
        "85%|false|en",
    })
    void tellsTheLanguageFromTheScript(String text, boolean traditional, String expected) {
        assertEquals(expected, LanguageDetector.detect(text, traditional, Optional.empty()).code());
    }

    @ParameterizedTest(name = "{0} read as Latin Kazakh: {1} → {2}")
    @CsvSource(delimiter = '|', value = {"Qytai qanşa investitsiia saldy?|true|kk-Latn", "How much trade?|false|en",
        "Қытай қанша инвестиция салды?|false|kk"})
    void latinLettersAreKazakhWhenTheMatcherReadThemSo(String text, boolean latinKazakh, String expected) {
        assertEquals(expected, LanguageDetector.detect(text, false, latinKazakh, Optional.empty()).code());
    }

    @ParameterizedTest(name = "{0} with hint {1} → {2}")
    @CsvSource(delimiter = '|', value = {"85%|ru|ru", "😀|kk|kk", "Сколько?|kk|kk", "贸易|zh-Hant|zh-Hant", "trade|ru|en",
        "😀|kk-Latn|kk-Latn", "Сколько?|kk-Latn|kk"})
    void theAskersSettingDecidesWhereTheScriptCannot(String text, String hint, String expected) {
        assertEquals(expected, LanguageDetector.detect(text, false, Language.fromCode(hint)).code());
    }
}
