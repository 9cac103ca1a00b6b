package kz.visitfacts.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import kz.visitfacts.TestFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactBaseLoaderTest {
    private static final String FILE = "2025-09-03-tokayev-state-visit-china.facts.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void loadsTheSeedArticleWithItsSourceMetadata() {
        FactBase base = TestFacts.base();
        Source s = base.sources().get(0);
        assertEquals(LocalDate.of(2025, 9, 3), s.date());
        assertEquals("木合塔尔·木拉提", s.compiler());
        assertEquals(6, s.sections().size());
        assertEquals("外交亮点：高规格接待与战略对话", s.sections().get(0).heading());
        Fact trade = base.fact("trade-2024").orElseThrow();
        assertEquals("440亿美元", trade.figure());
        assertEquals(new BigDecimal("44000000000"), trade.value().orElseThrow().number());
        assertTrue(s.text().contains(trade.paragraph().text()));
    }

    @Test
    void everyFactSpeaksChineseEnglishAndRussian() {
        for (Fact f : TestFacts.real().facts()) {
            for (Language l : new Language[] {Language.ZH, Language.EN, Language.RU}) {
                assertTrue(f.statement().has(l), f.id() + " statement " + l);
                assertTrue(f.label().has(l), f.id() + " label " + l);
            }
        }
    }

    @Test
    void refusesFigureMissingFromItsQuote() {
        assertRefused(fact(0, f -> f.put("figure", "999亿美元")),
                "facts/" + FILE + ": fact \"china-daily-article\": figure \"999亿美元\" is not in its quote");
    }

    @Test
    void refusesQuoteMissingFromItsParagraph() {
        assertRefused(fact(1, f -> {
            f.put("quote", "2024年双边贸易额达440亿美元！");
            f.put("figure", "440亿美元");
        }), "fact \"trade-2024\": quote \"2024年双边贸易额达440亿美元！\" is not in its paragraph \"p02\" (it differs after character 17:"
                + " the source has \"，自2005年以来中国对\", this has \"！\")");
    }

    @Test
    void refusesParagraphNotVerbatimInTheSource() {
        assertRefused(edit(root -> ((ObjectNode) root.withArray("paragraphs").get(1)).put("text", "访华之初，编造的一段话。")),
                "paragraph \"p02\": text is not verbatim in the source");
    }

    @Test
    void refusesDanglingParagraphReference() {
        assertRefused(fact(2, f -> f.put("paragraph", "p99")), "fact \"investment-since-2005\": paragraph \"p99\" does not exist");
    }

    @Test
    void refusesDuplicateFactId() {
        assertRefused(fact(2, f -> f.put("id", "trade-2024")), "fact \"trade-2024\": duplicate id");
    }

    @Test
    void refusesUnknownField() {
        assertRefused(fact(0, f -> f.put("colour", "red")), "unknown field \"colour\" at $.facts[0]");
    }

    @Test
    void refusesMissingStatement() {
        assertRefused(fact(1, f -> ((ObjectNode) f.get("statement")).remove("ru")),
                "fact \"trade-2024\": statement in ru is missing");
    }

    @Test
    void refusesDateAndCompilerNotInTheSource() {
        assertRefused(edit(root -> ((ObjectNode) root.get("source")).put("date", "2025-09-04")),
                "source: date 2025-09-04 is not a date the source gives");
        assertRefused(edit(root -> ((ObjectNode) root.get("source")).put("compiler", "某人")),
                "source: compiler \"某人\" is not named in the source's last line");
    }

    @Test
    void refusesASourceIdThatIsNotItsFileName() {
        assertRefused(edit(root -> ((ObjectNode) root.get("source")).put("id", "another-name")),
                "source: id \"another-name\" must match the file name another-name.facts.json");
    }

    @Test
    void refusesSourceFileThatDoesNotExist() {
        assertRefused(edit(root -> ((ObjectNode) root.get("source")).put("file", "sources/missing.txt")),
                "source: file \"sources/missing.txt\" does not exist");
    }

    @Test
    void refusesBrokenJsonWithItsPlace() throws IOException {
        Path dir = TestFacts.copyTo(Files.createTempDirectory(tmp, "case").resolve("facts"));
        Files.writeString(dir.resolve(FILE), "{\"source\": ");
        InvalidFactBaseException e = assertThrows(InvalidFactBaseException.class, () -> new FactBaseLoader().load(dir));
        assertTrue(e.getMessage().startsWith("facts/" + FILE + ": not valid JSON at line 1"), e.getMessage());
    }

    @Test
    void errorIsOneLineAndCountsTheRest() {
        Path dir = edit(root -> {
            ((ObjectNode) root.withArray("facts").get(0)).put("figure", "不存在");
            ((ObjectNode) root.withArray("facts").get(1)).put("paragraph", "p98");
        });
        InvalidFactBaseException e = assertThrows(InvalidFactBaseException.class, () -> new FactBaseLoader().load(dir));
        assertEquals(2, e.errors().size());
        assertFalse(e.getMessage().contains("\n"));
        assertTrue(e.getMessage().endsWith("(and 1 more)"), e.getMessage());
    }

    @Test
    void reportsAFileThatIsNoPartOfAFactBase() throws IOException {
        Path dir = edit(root -> { });
        Files.writeString(dir.resolve("2025-09-05-extra.json"), "{}");
        assertRefused(dir, "facts/2025-09-05-extra.json: not a part of a fact base");
    }

    @Test
    void anUnknownKindListsTheKnownOnes() {
        assertRefused(fact(0, f -> f.put("kind", "amount")), "kind \"amount\" is not a known kind (one of [money, count");
    }

    @Test
    void aDuplicateIdNamesTheOtherFile() throws IOException {
        Path dir = edit(root -> { });
        ObjectNode copy = (ObjectNode) JSON.readTree(dir.resolve(FILE).toFile());
        ((ObjectNode) copy.get("source")).put("id", "2025-09-03-copy");
        JSON.writeValue(dir.resolve("2025-09-03-copy.facts.json").toFile(), copy);
        assertRefused(dir, "fact \"trade-2024\": duplicate id (also in facts/2025-09-03-copy.facts.json)");
    }

    @Test
    void theDateMayBeWrittenAsADatelineWritesIt() {
        for (String dateline : new String[] {"3 September 2025", "September 3, 2025", "2025年9月3日", "3 сентября 2025"}) {
            assertEquals(LocalDate.of(2025, 9, 3), Dates.find("Astana, " + dateline + ". Text"), dateline);
        }
        assertEquals(null, Dates.find("no date here, only 2025"));
    }

    private Path fact(int index, Consumer<ObjectNode> change) {
        return edit(root -> change.accept((ObjectNode) root.withArray("facts").get(index)));
    }

    private Path edit(Consumer<ObjectNode> change) {
        try {
            Path dir = TestFacts.copyTo(Files.createTempDirectory(tmp, "case").resolve("facts"));
            Path file = dir.resolve(FILE);
            ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
            change.accept(root);
            JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
            return dir;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertRefused(Path dir, String expected) {
        InvalidFactBaseException e = assertThrows(InvalidFactBaseException.class, () -> new FactBaseLoader().load(dir));
        assertTrue(e.errors().stream().anyMatch(m -> m.contains(expected)), () -> "expected \"" + expected + "\" in " + e.errors());
    }

}
