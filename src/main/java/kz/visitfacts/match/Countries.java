package kz.visitfacts.match;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kz.visitfacts.facts.Language;
import kz.visitfacts.facts.LexiconTerm;

/**
 * Every country's name in Chinese, English, Russian and Kazakh, from ICU's locale data (drawn at build time
 * into {@link CharacterTables}), so a question
 * about a country the sources never mention (日本, France, Япония) is recognised as out of scope.
 */
final class Countries {
    /** The languages of the names in each row of the countries table, in order. */
    private static final List<Language> DISPLAY = List.of(Language.ZH, Language.EN, Language.RU, Language.KK);

    /** Short names people use that ICU's display names lack, and older names ICU has replaced (Turkey, Burma). */
    private static final Map<String, Map<Language, List<String>>> EXTRA = Map.ofEntries(
            Map.entry("US", Map.of(Language.EN, List.of("USA", "U.S.", "America", "American"), Language.RU, List.of("США", "Америка"),
                    Language.ZH, List.of("美国", "美方"))),
            Map.entry("GB", Map.of(Language.EN, List.of("UK", "Britain", "British"), Language.RU, List.of("Британия"))),
            Map.entry("JP", Map.of(Language.EN, List.of("Japanese"), Language.RU, List.of("японский"))),
            Map.entry("FR", Map.of(Language.EN, List.of("French"), Language.RU, List.of("французский"))),
            Map.entry("DE", Map.of(Language.EN, List.of("German"), Language.RU, List.of("немецкий"))),
            Map.entry("KR", Map.of(Language.EN, List.of("Korea", "Korean"), Language.ZH, List.of("韩国", "南韩"))),
            Map.entry("TR", Map.of(Language.EN, List.of("Turkey", "Turkish"), Language.RU, List.of("Турция", "Турции"))),
            Map.entry("CZ", Map.of(Language.EN, List.of("Czech Republic"))),
            Map.entry("MM", Map.of(Language.EN, List.of("Burma"))),
            Map.entry("CI", Map.of(Language.EN, List.of("Ivory Coast"))),
            Map.entry("MK", Map.of(Language.EN, List.of("Macedonia"))));

    private Countries() {
    }

    /** Read once, on first use. */
    private static final class Holder {
        static final List<LexiconTerm> ALL = compute();
    }

    static List<LexiconTerm> all() {
        return Holder.ALL;
    }

    private static List<LexiconTerm> compute() {
        List<LexiconTerm> terms = new ArrayList<>();
        for (String[] row : CharacterTables.countries()) {
            String code = row[0];
            Map<Language, List<String>> aliases = new EnumMap<>(Language.class);
            for (int i = 0; i < DISPLAY.size(); i++) {
                Language lang = DISPLAY.get(i);
                List<String> names = new ArrayList<>();
                if (i + 1 < row.length && !row[i + 1].isBlank()) {
                    names.add(row[i + 1]);
                }
                names.addAll(EXTRA.getOrDefault(code, Map.of()).getOrDefault(lang, List.of()));
                if (!names.isEmpty()) {
                    aliases.put(lang, names);
                }
            }
            if (!aliases.isEmpty()) {
                terms.add(new LexiconTerm("country:" + code, LexiconTerm.TermType.COUNTRY, false, aliases));
            }
        }
        return List.copyOf(terms);
    }
}
