package kz.visitfacts.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.visitfacts.TestFacts;
import kz.visitfacts.facts.Fact;
import kz.visitfacts.facts.FactKind;
import kz.visitfacts.facts.Language;
import kz.visitfacts.facts.Localized;
import kz.visitfacts.facts.Paragraph;
import kz.visitfacts.facts.Section;
import kz.visitfacts.facts.Source;
import org.junit.jupiter.api.Test;

class HtmlReplyTest {
    private static final Pattern TAG = Pattern.compile("<(/?)([a-z]+)[^>]*>");

    /** A fact whose every text is hostile, with a paragraph far over Telegram's limit. */
    private static Fact hostileFact(int paragraphLength) {
        String figure = "<b>&99%</b>";
        String quote = "前文<script>" + figure + "</script>后文。";
        String paragraph = "甲<乙>&丙".repeat(paragraphLength / 6) + quote + "丁&<戊>".repeat(paragraphLength / 6);
        Section section = new Section("s", "标题<i>&", new Localized(Map.of(Language.EN, "Title <i>")));
        Source source = new Source("test", "t.txt", "zh", LocalDate.of(2025, 9, 3), "编<者>",
                new Localized(Map.of(Language.EN, "T")), List.of(section), List.of(), paragraph);
        Localized text = new Localized(Map.of(Language.ZH, "说明<a href=x>&", Language.EN, "Statement <a href=\"x\">&",
                Language.RU, "<u>"));
        return new Fact("hostile", source, new Paragraph("p1", section, paragraph), FactKind.PERCENT, figure, quote,
                Optional.empty(), text, text, Map.of(Language.EN, List.of("x")), Map.of(), false);
    }

    @Test
    void escapesEveryTextFromFactsAndKeepsOnlyItsOwnTags() {
        String html = HtmlReply.answer(hostileFact(60), Language.EN);
        assertTrue(html.startsWith("<b>&lt;b&gt;&amp;99%&lt;/b&gt;</b>\nStatement &lt;a href=&quot;x&quot;&gt;&amp;\n"), html);
        assertTrue(html.contains("<b><u>&lt;b&gt;&amp;99%&lt;/b&gt;</u></b>"));
        assertTagsBalanced(html);
    }

    @Test
    void aLongParagraphIsShortenedAroundTheFigureWithinTheLimit() {
        String html = HtmlReply.answer(hostileFact(20_000), Language.EN);
        assertTrue(html.length() <= HtmlReply.MAX_LENGTH, "length " + html.length());
        assertTrue(html.length() > HtmlReply.MAX_LENGTH - 200, "wasted room: " + html.length());
        assertTrue(html.contains("<b><u>&lt;b&gt;&amp;99%&lt;/b&gt;</u></b>"));
        assertTrue(html.contains("…"));
        assertTagsBalanced(html);
        assertFalse(html.matches("(?s).*&[a-z]*…"), "an entity was cut");
    }

    @Test
    void everyRealAnswerFitsAndHighlightsItsFigure() {
        for (Fact f : TestFacts.real().facts()) {
            for (Language l : Language.values()) {
                String html = HtmlReply.answer(f, l);
                assertTrue(html.length() <= HtmlReply.MAX_LENGTH);
                assertTrue(html.contains("<b><u>" + HtmlReply.escape(f.figure()) + "</u></b>"), f.id());
                assertTagsBalanced(html);
            }
        }
    }

    @Test
    void everyFactFitsInCallbackData() {
        for (Fact f : TestFacts.real().facts()) {
            for (Language l : Language.values()) {
                String data = CallbackData.fact(l, f.id()).encode();
                assertEquals(Optional.of(CallbackData.fact(l, f.id())), CallbackData.decode(data));
            }
        }
    }

    @Test
    void aNewTopicButtonFitsInEveryLanguageAndReadsBack() {
        for (Language l : Language.values()) {
            String data = CallbackData.newTopic(l).encode();
            assertTrue(data.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= CallbackData.MAX_BYTES, data);
            assertEquals(Optional.of(CallbackData.newTopic(l)), CallbackData.decode(data));
        }
    }

    @Test
    void aFollowUpsAnswerNamesWhatItFollowedInOneEscapedLineWithinTheLimit() {
        Fact trade = TestFacts.base().fact("trade-2024").orElseThrow();
        assertEquals("<i>about: Trade in 2024</i>\n", HtmlReply.followedUp(Optional.of(trade), Language.EN));
        assertEquals("<i>接上文：2024年双边贸易额</i>\n", HtmlReply.followedUp(Optional.of(trade), Language.ZH));
        assertEquals("", HtmlReply.followedUp(Optional.empty(), Language.EN));
        Fact hostile = hostileFact(20_000);
        String html = HtmlReply.answer(hostile, Language.EN, List.of(), List.of(), HtmlReply.followedUp(Optional.of(hostile), Language.EN));
        assertTrue(html.startsWith("<i>about: "), html.substring(0, 40));
        assertTrue(html.length() <= HtmlReply.MAX_LENGTH, "length " + html.length());
        assertTagsBalanced(html);
        String premise = HtmlReply.premiseNotInSource(hostile, Language.EN, Optional.of(hostile));
        assertTrue(premise.length() <= HtmlReply.MAX_LENGTH, "length " + premise.length());
        assertTagsBalanced(premise);
    }

    @Test
    void malformedCallbackDataIsRejected() {
        for (String bad : new String[] {null, "", "f", "f|en", "f|xx|trade", "x|en|trade", "s|en|abc", "s|en|", "f|en|" + "x".repeat(70),
            "n|en|", "n|en|trade-2024", "n|xx|-", "n|en|-|-"}) {
            assertEquals(Optional.empty(), CallbackData.decode(bad), String.valueOf(bad));
        }
    }

    private static void assertTagsBalanced(String html) {
        Matcher m = TAG.matcher(html);
        java.util.ArrayDeque<String> open = new java.util.ArrayDeque<>();
        while (m.find()) {
            assertTrue(List.of("b", "u", "i", "blockquote").contains(m.group(2)), "unexpected tag " + m.group());
            if (m.group(1).isEmpty()) {
                open.push(m.group(2));
            } else {
                assertEquals(open.pop(), m.group(2));
            }
        }
        assertTrue(open.isEmpty());
    }

    @Test
    void anotherSourcesDifferentFigureIsShownWithItsSource() {
        kz.visitfacts.facts.Fact fact = kz.visitfacts.TestFacts.base().fact("business-council-500-representatives").orElseThrow();
        kz.visitfacts.facts.Fact other = kz.visitfacts.TestFacts.base().fact("business-council-70-chinese-companies").orElseThrow();
        String html = HtmlReply.answer(fact, Language.RU, java.util.List.of(), java.util.List.of(other));
        assertTrue(html.contains("Другой источник приводит иную цифру: 70多家"), html);
        assertTrue(html.contains(other.source().date().toString()), html);
        assertFalse(HtmlReply.answer(fact, Language.RU, java.util.List.of(), java.util.List.of()).contains("иную цифру"));
    }
}
