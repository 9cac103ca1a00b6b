package kz.visitfacts.match;

import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kz.visitfacts.facts.Language;
import kz.visitfacts.facts.LexiconTerm;

/**
 * Every country's name in Chinese, English, Russian and Kazakh, from ICU's locale data, so a question
 * about a country the sources never mention (日本, France, Япония) is recognised as out of scope.
 */
final class Countries {
    private static final Map<Language, ULocale> DISPLAY = Map.of(
            Language.ZH, ULocale.forLanguageTag("zh-Hans"), Language.EN, ULocale.ENGLISH,
            Language.RU, ULocale.forLanguageTag("ru"), Language.KK, ULocale.forLanguageTag("kk"));

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

    /** Computed once: ICU's display names take a while to load. */
    private static final class Holder {
        static final List<LexiconTerm> ALL = compute();
    }

    static List<LexiconTerm> all() {
        return Holder.ALL;
    }

    private static List<LexiconTerm> compute() {
        List<LexiconTerm> terms = new ArrayList<>();
        for (String code : ULocale.getISOCountries()) {
            ULocale country = new ULocale("", code);
            Map<Language, List<String>> aliases = new EnumMap<>(Language.class);
            for (Map.Entry<Language, ULocale> d : DISPLAY.entrySet()) {
                String name = country.getDisplayCountry(d.getValue());
                List<String> names = new ArrayList<>();
                if (name != null && !name.isBlank() && !name.equals(code)) {
                    names.add(name);
                }
                names.addAll(EXTRA.getOrDefault(code, Map.of()).getOrDefault(d.getKey(), List.of()));
                if (!names.isEmpty()) {
                    aliases.put(d.getKey(), names);
                }
            }
            if (!aliases.isEmpty()) {
                terms.add(new LexiconTerm("country:" + code, LexiconTerm.TermType.COUNTRY, false, aliases));
            }
        }
        return List.copyOf(terms);
    }
}
