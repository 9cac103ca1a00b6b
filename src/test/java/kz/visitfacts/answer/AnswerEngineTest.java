package kz.visitfacts.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import kz.visitfacts.TestFacts;
import kz.visitfacts.facts.Language;
import kz.visitfacts.match.KazakhLatin;
import org.junit.jupiter.api.Test;

class AnswerEngineTest {
    private final AnswerEngine engine = TestFacts.engine();

    @Test
    void answersInTheAskersLanguage() {
        assertEquals("2024年中哈双边贸易额达440亿美元。", engine.ask("中哈贸易额").best().statement());
        assertTrue(engine.ask("China Kazakhstan trade volume 2024").best().statement().startsWith("Bilateral trade"));
        assertTrue(engine.ask("товарооборот 2024").best().statement().startsWith("В 2024 году"));
        assertEquals(Language.KK, engine.ask("Қытай Қазақстанға қанша инвестиция салды?").language());
    }

    @Test
    void traditionalQuestionsGetTraditionalStatements() {
        Answer a = engine.ask("哈薩克斯坦文化中心有幾個展區？");
        assertEquals(Language.ZH_HANT, a.language());
        assertTrue(a.best().statement().contains("文化中心涵蓋"), a.best().statement());
        assertEquals("考古、珠宝、武器、民族乐器和民族志五个展区", a.best().fact().figure());
    }

    @Test
    void latinKazakhQuestionsGetTheKazakhStatementInLatinLetters() {
        Answer a = engine.ask("Qytai 2005 jyldan berı Qazaqstanğa qanşa investitsiia saldy?");
        assertEquals(Language.KK_LATN, a.language());
        assertEquals("investment-since-2005", engine.canonical(a.best().fact()).id());
        assertEquals(KazakhLatin.toLatin(a.best().fact().statement().in(Language.KK)), a.best().statement());
        assertEquals(KazakhLatin.toLatin(a.best().fact().label().in(Language.KK)), AnswerEngine.label(a.best().fact(), Language.KK_LATN));
    }

    @Test
    void theBotsOwnWordsAreTransliteratedForLatinKazakh() {
        assertEquals(KazakhLatin.toLatin(Messages.get("not_found", Language.KK)), Messages.get("not_found", Language.KK_LATN));
        Answer refused = engine.ask("Astanada erteñ aua raiy qandai bolady?");
        assertFalse(refused.answered());
        assertEquals(Language.KK_LATN, refused.language());
        for (kz.visitfacts.facts.Fact f : refused.suggestions()) {
            String label = AnswerEngine.label(f, Language.KK_LATN);
            assertFalse(label.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC), label);
        }
    }

    @Test
    void kazakhInLatinLettersIsACodeOfItsOwn() {
        assertEquals(java.util.Optional.of(Language.KK_LATN), Language.fromCode("kk-Latn"));
        assertEquals(java.util.Optional.of(Language.KK), Language.fromCode("kk-KZ"));
        assertEquals(List.of(Language.KK_LATN, Language.KK, Language.RU, Language.EN), Language.KK_LATN.fallbacks());
    }

    @Test
    void aFigureInTheQuestionFindsItsFact() {
        for (String q : List.of("440亿", "440亿美元", "$44 billion", "44 billion dollars", "44 млрд")) {
            assertEquals("trade-2024", engine.canonical(engine.ask(q).best().fact()).id(), q);
        }
        for (String q : List.of("1000万吨", "10 million tonnes — what is that about?")) {
            assertEquals("trans-caspian-10-million-tonnes", engine.canonical(engine.ask(q).best().fact()).id(), q);
        }
        assertEquals("business-agreements-value", engine.canonical(engine.ask("15 billion").best().fact()).id());
        assertEquals("china-europe-land-freight-share", engine.canonical(engine.ask("85%").best().fact()).id());
    }

    @Test
    void aNumberTheSourceDoesNotStateIsNeverAnswered() {
        assertFalse(engine.ask("2023年中哈贸易额是多少").answered());
        assertFalse(engine.ask("trade of 45 billion dollars").answered());
    }

    @Test
    void notFoundSuggestsWhatItCanAnswer() {
        Answer a = engine.ask("Tell me a joke");
        assertFalse(a.answered());
        assertEquals(3, a.suggestions().size());
        assertTrue(a.suggestions().stream().allMatch(f -> f.featured()));
    }

    @Test
    void keywordQueriesGiveRankedCandidatesForInlineMode() {
        List<AnswerItem> items = engine.browse("上合", Optional.empty(), 50).items();
        assertTrue(items.size() > 5, "only " + items.size());
        for (int i = 1; i < items.size(); i++) {
            assertTrue(items.get(i - 1).score() >= items.get(i).score());
        }
        assertTrue(engine.browse("上合", Optional.empty(), 3).items().size() <= 3);
        assertEquals(engine.featured().size(), engine.browse("", Optional.of(Language.RU), 50).items().size());
        assertEquals(Language.RU, engine.browse("", Optional.of(Language.RU), 50).language());
    }

    @Test
    void forcedLanguageWins() {
        Answer a = engine.ask("中哈贸易额", Optional.of(Language.RU), Optional.empty(), 5);
        assertEquals(Language.RU, a.language());
        assertTrue(a.best().statement().startsWith("В 2024 году"));
    }
}
