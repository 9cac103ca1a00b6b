package kz.visitfacts.match;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import kz.visitfacts.TestFacts;
import kz.visitfacts.facts.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sentence → terms it must (and must not) give, as in Lucene's smartcn tests. */
class TextAnalyzerTest {
    private static TextAnalyzer analyzer;

    @BeforeAll
    static void build() {
        QuestionWords words = QuestionWords.from(TestFacts.base().language());
        List<String> zh = TestFacts.base().facts().stream()
                .flatMap(f -> f.keywords().getOrDefault(Language.ZH, List.of()).stream()).toList();
        analyzer = new TextAnalyzer(new TermDictionary(TestFacts.base().lexicon(), zh, words), words, java.util.Set.of());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "托卡耶夫总统访华|c:person:tokayev|z:托,z:卡",
        "上合组织峰会|c:org:sco,c:topic:summit|z:上合",
        "中哈贸易额|c:topic:trade,z:贸易额|z:贸易,z:易额",
        "两国贸易|c:topic:trade|",
        "貿易額是多少|c:topic:trade|",
        "上海合作組織|c:org:sco|",
        "ＳＣＯ　ｓｕｍｍｉｔ|c:org:sco,c:topic:summit|",
        "Товарооборота Казахстана|c:topic:trade,c:country:KZ|",
        "Қазақстанға инвестиция|c:country:KZ,c:topic:investment|",
        "Шанхайской организации сотрудничества|c:org:sco|",
        "日本对哈萨克斯坦投资|c:country:JP,c:country:KZ,c:topic:investment|",
        "Who is the president of France?|c:country:FR|w:who",
        "乔尔蓬阿塔被指定为什么|c:place:cholpon-ata|z:什么",
        "44 млрд долларов США|n:44000000000,u:usd|c:country:US",
        "Tell me a joke|w:joke|w:tell,w:me",
        "水问题研究中心|c:topic:water,z:研究|",
        // A keyword holding a question word (什么时候开) is no dictionary word: it would take in every "什么时候开始…".
        "投资从什么时候开始算|z:开始|z:什么时候开",
        "两国贸易额|c:country:KZ,c:country:CN,c:topic:trade|n:2,n:2国",
        "trade between the two countries|c:country:KZ,c:country:CN|n:2",
        "екі ел арасындағы сауда|c:country:KZ,c:country:CN|n:2",
        "一个中心和一份文件|z:中心|n:1,n:1份",
        "第一个鲁班工坊|n:1|",
        "он сказал о торговле|c:topic:trade|n:10",
        "习近平会见了五位领导人|n:5,n:5位|",
        // Places the article does not name are names all the same: a question placing a fact there asks what it does not say.
        "水问题研究中心设在塔什干|c:place:tashkent,c:topic:water|",
        "Қарағандыдағы зауыт|c:place:karaganda|",
        "the centre in Bishkek|c:place:bishkek|",
        // Greetings and chat fillers are no words of the question (сәлем is no form of салу, to invest).
        "сәлем айтшы сауда қанша|c:topic:trade|w:сал,w:айтш",
        "короче слушай товарооборот|c:topic:trade|w:короч,w:слуша",
        "lol btw trade rn|c:topic:trade|w:lol,w:btw,w:rn",
        "话说那边的项目来着|z:项目|z:话说,z:那边,z:来着",
    })
    void cutsSentencesIntoTerms(String sentence, String mustHave, String mustNotHave) {
        List<String> keys = analyzer.terms(TextNormalizer.fold(sentence).text()).stream().map(Term::key).toList();
        for (String k : Arrays.asList(mustHave.split(","))) {
            assertTrue(keys.contains(k), () -> sentence + " should give " + k + " but gave " + keys);
        }
        if (mustNotHave != null) {
            for (String k : mustNotHave.split(",")) {
                assertFalse(keys.contains(k), () -> sentence + " should not give " + k + " but gave " + keys);
            }
        }
    }
}
