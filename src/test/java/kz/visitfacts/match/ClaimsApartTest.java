package kz.visitfacts.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "why … not": the first part, then the second anywhere after it; '*' before a part takes a word ending. */
class ClaimsApartTest {
    private static final ClaimsApart CLAIMS = ClaimsApart.of(List.of("why … not", "why … didn't", "почему … не",
            "为什么…没", "неге … *майды", "refuse*", "a … b*"));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "why was tokayev not there?|true",
        "why didn't he come?|true",
        "why did he come?|false",
        "not sure why he came|false",
        "почему си цзиньпин в тяньцзине не встретился?|true",
        "почему он приехал?|false",
        "为什么习近平这次没有单独会见托卡耶夫?|true",
        "习近平没有说为什么|false",
        "тоқаев неге бармайды?|true",
        "тоқаев неге майды?|false",
        "тоқаев бармайды неге?|false",
        "a x bcd|true",
        "they refused|false",
    })
    void findsTheTwoPartsInTheirOrder(String question, boolean claims) {
        String folded = TextNormalizer.fold(question).text();
        assertEquals(claims, CLAIMS.foundIn(folded, TextAnalyzer.words(folded)));
    }
}
