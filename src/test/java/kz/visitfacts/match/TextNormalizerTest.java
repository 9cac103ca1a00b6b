package kz.visitfacts.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "貿易額|贸易额|true",
        "哈薩克斯坦文化中心|哈萨克斯坦文化中心|true",
        "贸易额|贸易额|false",
        "ＡＩＦＣ　８５％|aifc 85%|false",
        "Dostyk–Moiynty|dostyk-moiynty|false",
        "tr\u200Bade\u202E|trade|false",
        "туризм жəне мəдениет|туризм жане мадениет|false",
        "Aстана|астана|false",
        "Astana and Астана|astana and астана|false",
        "SCO ШЫҰ|sco шыу|false",
    })
    void foldsScriptsWidthsCaseAndInvisibleCharacters(String raw, String folded, boolean traditional) {
        TextNormalizer.Folded f = TextNormalizer.fold(raw);
        assertEquals(folded, f.text());
        assertEquals(traditional, f.traditional());
    }
}
