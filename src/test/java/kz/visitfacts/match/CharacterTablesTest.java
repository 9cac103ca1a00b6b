package kz.visitfacts.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.visitfacts.TestFacts;
import kz.visitfacts.facts.Fact;
import org.junit.jupiter.api.Test;

/**
 * The tables drawn from ICU still say what ICU says: each is computed again here (ICU is a test dependency
 * only) and compared with the resource; {@code mvn test -Dgolden.update=true} rewrites them.
 */
class CharacterTablesTest {
    private static final Path DIR = Path.of("src/main/resources/kz/visitfacts/match/tables");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private static void check(String table, String expected) throws IOException {
        Path file = DIR.resolve(table);
        if (UPDATE) {
            Files.createDirectories(DIR);
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        String actual = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        assertEquals(expected.lines().count(), actual.lines().count(), table + ": rows differ from ICU's (rewrite with -Dgolden.update=true)");
        assertEquals(expected, actual, table + " differs from ICU's (rewrite with -Dgolden.update=true)");
    }

    /** Every Chinese character of the Basic Multilingual Plane, where people type. */
    private static List<Integer> hanCharacters() {
        List<Integer> cps = new ArrayList<>();
        for (int cp = 0x2E80; cp <= 0xFFFF; cp++) {
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN && Character.isDefined(cp)) {
                cps.add(cp);
            }
        }
        return cps;
    }

    private static String charMap(String transliteratorId, boolean onlyChanged) {
        Transliterator t = Transliterator.getInstance(transliteratorId);
        StringBuilder out = new StringBuilder();
        for (int cp : hanCharacters()) {
            String from = Character.toString(cp);
            String to = t.transliterate(from).strip();
            if (!onlyChanged || !to.equals(from)) {
                out.append(from).append('\t').append(to).append('\n');
            }
        }
        return out.toString();
    }

    @Test
    void traditionalAndSimplifiedCharactersAreIcusBothWays() throws IOException {
        check(CharacterTables.TRADITIONAL_TO_SIMPLIFIED, charMap("Traditional-Simplified", true));
        // Shown to readers, so whole words count (关系 → 關係, not 關系): all of ICU's rules, phrases included.
        Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
        StringBuilder rules = new StringBuilder();
        for (String rule : toTraditional.toRules(false).split("\n")) {
            String[] sides = rule.substring(0, rule.length() - 1).split(" > ");
            rules.append(sides[0]).append('\t').append(sides[1]).append('\n');
        }
        check(CharacterTables.SIMPLIFIED_TO_TRADITIONAL, rules.toString());
        for (Fact f : TestFacts.base().facts()) {
            for (String text : List.of(f.paragraph().text(), f.statement().texts().values().iterator().next(), f.figure())) {
                assertEquals(toTraditional.transliterate(text), CharacterTables.traditional(text));
            }
        }
    }

    @Test
    void pinyinIsIcusHanLatinWithoutTones() throws IOException {
        Transliterator latin = Transliterator.getInstance("Han-Latin; Latin-ASCII");
        StringBuilder out = new StringBuilder();
        for (int cp : hanCharacters()) {
            String syllable = latin.transliterate(Character.toString(cp)).strip();
            if (!syllable.equals(Character.toString(cp))) {
                out.append(Character.toString(cp)).append('\t').append(syllable).append('\n');
            }
        }
        check(CharacterTables.PINYIN, out.toString());
        assertEquals("mao", CharacterTables.pinyin('贸'));
    }

    /** About the 300 commonest words of a language (uses per billion words, log10). */
    private static final double COMMON_ELSEWHERE_ZIPF = 6.0;

    @Test
    void numberWordsAreIcusSpellOutRules() throws IOException {
        Map<String, Integer> words = new LinkedHashMap<>();
        Map<String, String> localeOf = new java.util.HashMap<>();
        for (String locale : List.of("en", "ru", "kk")) {
            RuleBasedNumberFormat format = new RuleBasedNumberFormat(new ULocale(locale), RuleBasedNumberFormat.SPELLOUT);
            for (String ruleSet : format.getRuleSetNames()) {
                if (!ruleSet.startsWith("%spellout-cardinal") && !ruleSet.startsWith("%spellout-ordinal")) {
                    continue;
                }
                for (int n : SpelledNumbers.values()) {
                    String spelled = TextNormalizer.foldSimplified(format.format(n, ruleSet)).strip();
                    // Only single words: compound numbers are read word by word (сорок четыре = 40 + 4).
                    if (!spelled.isEmpty() && spelled.chars().allMatch(Character::isLetter)) {
                        words.putIfAbsent(spelled, n);
                        localeOf.putIfAbsent(spelled, locale);
                    }
                }
            }
        }
        // A number word of one language that is among the commonest words of another is that word there, far more
        // often than the number: Kazakh он (ten) is Russian он (he).
        WordFrequencies frequencies = WordFrequencies.shipped();
        words.keySet().removeIf(w -> java.util.Arrays.stream(kz.visitfacts.facts.Language.values())
                .filter(l -> !l.code().equals(localeOf.get(w)))
                .anyMatch(l -> frequencies.zipf(l, w).orElse(0) >= COMMON_ELSEWHERE_ZIPF));
        StringBuilder out = new StringBuilder();
        words.forEach((w, n) -> out.append(w).append('\t').append(n).append('\n'));
        check(CharacterTables.SPELLED_NUMBERS, out.toString());
    }

    @Test
    void countryNamesAreIcusDisplayNames() throws IOException {
        List<ULocale> display = List.of(ULocale.forLanguageTag("zh-Hans"), ULocale.ENGLISH, ULocale.forLanguageTag("ru"),
                ULocale.forLanguageTag("kk"));
        StringBuilder out = new StringBuilder();
        for (String code : ULocale.getISOCountries()) {
            ULocale country = new ULocale("", code);
            out.append(code);
            for (ULocale d : display) {
                String name = country.getDisplayCountry(d);
                out.append('\t').append(name == null || name.isBlank() || name.equals(code) ? "" : name);
            }
            out.append('\n');
        }
        check(CharacterTables.COUNTRIES, out.toString());
    }
}
