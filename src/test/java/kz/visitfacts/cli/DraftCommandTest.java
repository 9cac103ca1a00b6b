package kz.visitfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.visitfacts.TestFacts;
import kz.visitfacts.facts.Fact;
import kz.visitfacts.facts.Source;
import kz.visitfacts.match.Figures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code draft} on every source of the fact base: verbatim paragraphs and quotes, every figure, a skeleton validate --draft accepts. */
class DraftCommandTest {
    @TempDir
    Path tmp;

    private static String cli(Path cwdFacts, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(Map.of(), new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aDraftOfEachSourceIsVerbatimCoversEveryFigureAndPassesValidateDraft() throws Exception {
        for (Source source : TestFacts.base().sources()) {
            Path article = TestFacts.DIR.resolve(source.file());
            JsonNode draft = new ObjectMapper().readTree(cli(null, "draft", article.toString()));
            String text = Files.readString(article, StandardCharsets.UTF_8);
            Map<String, String> paragraphs = new HashMap<>();
            int figures = 0;
            for (JsonNode p : draft.get("paragraphs")) {
                assertTrue(text.contains(p.get("text").asText()), "not verbatim: " + p.get("text").asText());
                // The sentences a quote is taken from are the whole paragraph: none is cut short or lost.
                assertEquals(p.get("text").asText().replaceAll("\\s", ""),
                        String.join("", DraftCommand.sentences(p.get("text").asText())).replaceAll("\\s", ""));
                paragraphs.put(p.get("id").asText(), p.get("text").asText());
                figures += Figures.in(p.get("text").asText()).size();
            }
            for (JsonNode f : draft.get("facts")) {
                String quote = f.get("quote").asText();
                assertTrue(paragraphs.get(f.get("paragraph").asText()).contains(quote), "quote not in its paragraph: " + quote);
                assertTrue(quote.contains(f.get("figure").asText()), "figure not in its quote: " + f.get("figure").asText());
            }
            assertTrue(draft.get("facts").size() >= figures, "every figure of every paragraph is a fact");

            // How many of the curated facts with a value the draft found: same paragraph, same value.
            int curated = 0;
            int found = 0;
            for (Fact c : TestFacts.base().facts()) {
                if (c.source().equals(source) && c.value().isPresent()) {
                    curated++;
                    BigDecimal v = c.value().get().number();
                    for (JsonNode f : draft.get("facts")) {
                        if (paragraphs.get(f.get("paragraph").asText()).equals(c.paragraph().text())
                                && f.get("value").get("number").decimalValue().compareTo(v) == 0) {
                            found++;
                            break;
                        }
                    }
                }
            }
            System.out.println("draft of " + source.id() + ": " + draft.get("facts").size() + " figures; found " + found + " of the "
                    + curated + " curated facts with a value");
            assertTrue(found * 10 >= curated * 8, "the draft found only " + found + " of " + curated);

            Path dir = tmp.resolve(source.id());
            Files.createDirectories(dir.resolve("sources"));
            Files.copy(TestFacts.DIR.resolve("lexicon.json"), dir.resolve("lexicon.json"));
            Files.copy(TestFacts.DIR.resolve("language.json"), dir.resolve("language.json"));
            Files.copy(article, dir.resolve(source.file()));
            Files.writeString(dir.resolve(source.id() + ".facts.json"), draft.toPrettyString());
            assertTrue(cli(null, "validate", "--draft", dir.toString()).contains("valid: 1 source(s)"));
        }
    }

    @Test
    void aPointInsideANumberDoesNotEndASentence() {
        String p = "Exports to China reached 1.8 billion US dollars in 2024, officials said. Oil made up 40% of them! "
                + "Как сообщили, экспорт составил 2.5 млн тонн. 出口额达18.5亿美元。增长了40%。";
        assertEquals(List.of("Exports to China reached 1.8 billion US dollars in 2024, officials said.", "Oil made up 40% of them!",
                "Как сообщили, экспорт составил 2.5 млн тонн.", "出口额达18.5亿美元。", "增长了40%。"), DraftCommand.sentences(p));
    }

    @Test
    void sumsInTengeRoublesEurosAndYuanAreDraftedAsMoneyInTheirCurrency() throws Exception {
        Path article = tmp.resolve("2025-09-09-currencies.ru.txt");
        Files.writeString(article, "Тест валют\nАлматы, 9 сентября 2025\n\nЭкономика\n\nПроект стоил 12 млрд тенге, ещё 3 млн рублей"
                + " и 40 млн евро выделили партнёры. Китай вложил 2 млрд юаней, а 500 тысяч теңге собрали жители.\n\nАвтор: Тест\n");
        JsonNode draft = new ObjectMapper().readTree(cli(null, "draft", article.toString()));
        List<String> figures = new java.util.ArrayList<>();
        for (JsonNode f : draft.get("facts")) {
            figures.add(f.get("figure").asText() + " " + f.get("kind").asText() + " " + f.get("value").get("unit").asText());
        }
        assertEquals(List.of("12 млрд тенге money KZT", "3 млн рублей money RUB", "40 млн евро money EUR", "2 млрд юаней money CNY",
                "500 тысяч теңге money KZT"), figures);
    }
}
