package kz.visitfacts.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberReaderTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "440亿美元|44000000000 usd",
        "440亿|44000000000",
        "$44 billion|44000000000 usd",
        "44 billion dollars|44000000000 usd",
        "44 млрд долларов США|44000000000 usd",
        "44 млрд АҚШ долларына|44000000000 usd",
        "15 billion|15000000000",
        "1000万吨|10000000 tonne",
        "10 million tonnes|10000000 tonne",
        "85%|85 percent",
        "85 процентов|85 percent",
        "5万亿美元|5000000000000 usd",
        "6,000 firms|6000",
        "4,4 млрд|4400000000",
        "五倍|5 times",
        "five-fold|5 times",
        "tenfold|10 times",
        "в пять раз|5 times",
        "seventy companies|70",
        "семьдесят два|72",
        "семидесяти компаний|70",
        "forty-four billion|44000000000",
        "five trillion dollars|5000000000000 usd",
        "сорок четыре млрд долларов|44000000000 usd",
        "seventy million tonnes of grain|70000000 tonne",
        "жетпіс|70",
        "қырық төрт|44",
        "second and third|2;3",
        "one on one|",
        "三十年|30",
        "第二和第三|2;3",
        "2025-2026年|2025;2026",
        "哪一年举办|",
        "一带一路|",
        "约6000家|6000 家",
        "70余份|70 份",
        "20份文件|20 份",
        "二百七十亿美元|27000000000 usd",
        "四百四十亿|44000000000",
        "一千万吨|10000000 tonne",
        "五万亿美元|5000000000000 usd",
        "上亿|",
        "18 billion tenge|18000000000 kzt",
        "12 млрд тенге|12000000000 kzt",
        "500 тысяч теңге|500000 kzt",
        "500 тысяч тонн|500000 tonne",
        "3 млн рублей|3000000 rub",
        "40 million euros|40000000 eur",
        "2 млрд юаней|2000000000 cny",
        "180亿坚戈|18000000000 kzt",
        "5 tengeish|5",
    })
    void readsNumbersInEveryScriptAndUnit(String text, String expected) {
        List<Quantity> found = NumberReader.read(TextNormalizer.fold(text).text());
        String got = String.join(";", found.stream()
                .map(q -> q.value().stripTrailingZeros().toPlainString() + (q.unit() == null ? "" : " " + q.unit())).toList());
        assertEquals(expected == null ? "" : expected, got);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"五,5", "十,10", "三十,30", "二十五,25", "一百,100", "两千,2000", "一万,10000", "二百七十亿,27000000000", "五万亿,5000000000000",
        "一亿五千万,150000000", "三千五百万,35000000", "十万,100000", "一万亿,1000000000000", "两亿零五百,200000500"})
    void readsChineseNumerals(String numeral, long value) {
        assertEquals(value, NumberReader.hanValue(numeral));
    }

    /** A word on its own names a unit, in every language and currency the reader knows; other words name none. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {"美元,usd", "dollars,usd", "долларов,usd", "吨,tonne", "tonnes,tonne", "тоннах,tonne",
        "процентов,percent", "пайызы,percent", "тенге,kzt", "теңге,kzt", "坚戈,kzt", "рублей,rub", "юаней,cny", "人民币,cny", "евро,eur",
        "trade,-", "торговля,-", "贸易,-", "美国,-", "usdt,-", "tons2,-"})
    void readsAUnitWordOnItsOwn(String word, String unit) {
        assertEquals(unit, NumberReader.unitWord(word));
    }
}
