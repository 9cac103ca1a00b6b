package kz.visitfacts.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import kz.visitfacts.TestFacts;
import kz.visitfacts.facts.FactKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What language.json makes of a question's wording: rewrites, kinds and measures asked, asking, framing, premises. */
class QuestionWordsTest {
    private static final QuestionWords WORDS = QuestionWords.from(TestFacts.base().language());

    private static String fold(String s) {
        return TextNormalizer.fold(s).text();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "咋回事|怎么回事",
        "скока стоит|сколько стоит",
        "几多钱|多少钱",
        "trade volume|trade volume",
    })
    void readsColloquialSpellingsAsStandardOnes(String question, String expected) {
        assertEquals(fold(expected), WORDS.rewrite(fold(question)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "2024年贸易额是多少美元|money",
        "how many companies|count,quantity",
        "когда откроют линию|date,event,year",
        "где открыли центр|event,place",
        "кто построит завод|list,organization,person",
        "what percentage of freight|percent",
        "trade in 2024|",
        "In what year is the meeting planned?|date,event,year",
        "什么时候开通|date,event,year",
        "кеңес қанша сомаға келісім жасады|money",
        // How long a time: a period, said by a year or in a claim's or title's words (十年的战略)
        "这个战略管多长时间|claim,event,title,year",
        "на какой срок рассчитана стратегия|claim,event,title,year",
        // Chinese cues written through each other: 在哪 (where) of 在哪一年 (in which year) asks no place
        "会议在哪一年举办|date,event,year",
        "会议在哪举办|event,place",
        "what is the date of the forum|date",
        "какой датой датирована встреча|date",
    })
    void tellsWhichKindOfFigureIsAsked(String question, String expected) {
        Set<String> got = new TreeSet<>(WORDS.askedKinds(fold(question)).stream().map(FactKind::code).toList());
        assertEquals(expected == null ? Set.of() : new TreeSet<>(Arrays.asList(expected.split(","))), got);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "how many people came|person",
        "сколько тенге|kzt",
        "多少中国游客|person",
        "how far is it|km",
        "这条铁路有多长|km",
        "how long is the railway|km",
        // The length's words inside a longer cue for a time: 多长 in 多长时间, "how long" in "how long will"
        "这个战略管多长时间|",
        "how long will the strategy run|",
        "what was discussed|",
        "а сколько там было китайских компаний|firm",
        "how many of the chinese companies came|firm",
        "на сколько долларов подписали соглашений|",
        "how many countries did the leaders of the companies come from|",
        "сколько центров предложили лидеры|",
    })
    void tellsWhichMeasureIsAsked(String question, String expected) {
        Set<String> got = WORDS.askedMeasures(fold(question), true);
        assertEquals(expected == null ? Set.of() : Set.of(expected.split(",")), got);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "I teach economics in Almaty.|false",
        "Which city hosted the summit|true",
        "Trade in 2024?|true",
        "Мы спорили весь вечер.|false",
        "Сколько компаний работает|true",
        "Біз Бейжіңге барамыз.|false",
        "Қанша құжат қол қойылды|true",
        "我是做外贸的。|false",
        "贸易额是多少|true",
    })
    void tellsASentenceThatAsksFromOneThatTells(String sentence, boolean asks) {
        assertEquals(asks, WORDS.asks(fold(sentence)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Why did Xi cancel the meeting?|true",
        "Почему Токаев отказался ехать?|true",
        "Тоқаев неге бас тартты?|true",
        "托卡耶夫为什么缺席了峰会？|true",
        "为什么设在上海而不是北京？|true",
        "他为什么没去看阅兵？|true",
        "Почему Токаев не присутствовал на параде?|true",
        "Why is trade growing?|false",
        "Когда откроют линию?|false",
        "托卡耶夫为什么访华？|false",
    })
    void hearsAQuestionClaimWhatDidNotHappen(String question, boolean claims) {
        assertEquals(claims, WORDS.claimsOtherwise(fold(question)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "According to the article, how much was invested?|, how much was invested?",
        // What a reverse question says of the figure frames it too: "what does the figure … mean" (fifth round)
        "What does the figure in the article mean?|What does mean?",
        "«15 млрд доллар» деген сан нені білдіреді?|«15 млрд доллар» ?",
        "Что означает цифра 85%?|85%?",
        "В статье говорится о торговле|о торговле",
        "文章里说的五倍指的是什么|的五倍",
        "the articles of the treaty|the articles of the treaty",
    })
    void dropsThePhrasesThatOnlyFrameAQuestion(String question, String expected) {
        assertEquals(fold(expected).strip().replaceAll("\\s+", " "), WORDS.withoutFraming(fold(question)).strip().replaceAll("\\s+", " "));
    }

    @org.junit.jupiter.api.Test
    void aChinesePremiseWordIsNeverReadAsATypoOfAFactsWord() {
        // 退出 (withdrew) is in no fact, and sounds like 推出 (launched), which is: read as that, the claim would be lost.
        Matcher m = Matcher.build(TestFacts.base(), Set.of());
        String question = "哈萨克斯坦为什么退出了上合组织？";
        for (Judged j : m.readings(question)) {
            assertEquals(java.util.List.of(), j.reading().corrections().stream().filter(c -> c.from().contains("退出")).toList());
        }
        Match match = m.match(question);
        org.junit.jupiter.api.Assertions.assertTrue(!match.confident() || match.premiseUnsupported(), "answered as if true");
    }
}
