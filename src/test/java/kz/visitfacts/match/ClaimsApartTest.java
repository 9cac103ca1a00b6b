package kz.visitfacts.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "why … not": the first part, then the second anywhere after it in the same clause; '*' before a part takes a word
 * ending; "!phrase" looks like a negation and is none.
 */
class ClaimsApartTest {
    private static final ClaimsApart CLAIMS = ClaimsApart.of(List.of("why … not", "почему … не", "为什么…没", "为什么…未",
            "неге … *мейді", "refuse*", "a … b*", "!не только", "!not only", "!有没有", "!未来", "!кемейді"));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "why was tokayev not there?|true",
        "why did he come?|false",
        "not sure why he came|false",
        "why did trade grow, and was it not 44 billion?|false",
        "why did trade grow not only in oil?|false",
        "почему си цзиньпин в тяньцзине не встретился?|true",
        "почему он приехал?|false",
        "почему подписали не только декларацию?|false",
        "почему подписали не только декларацию и не ратифицировали её?|true",
        "为什么习近平这次没有单独会见托卡耶夫?|true",
        "习近平没有说为什么|false",
        "为什么贸易额增长了?有没有具体原因?|false",
        "为什么贸易额增长,有没有具体原因|false",
        "为什么未来将有1000万吨货物经跨里海路线运输?|false",
        "为什么文化中心至今未开放?|true",
        "тоқаев неге келмейді?|true",
        "тауар айналымы неге кемейді?|false",
        "моңғолия неге мейді?|false",
        "a x bcd|true",
        "they refused|false",
    })
    void findsTheTwoPartsInOneClauseInTheirOrder(String question, boolean claims) {
        assertEquals(claims, CLAIMS.foundIn(TextNormalizer.fold(question).text()));
    }
}
