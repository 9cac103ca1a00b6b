package kz.visitfacts.match;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.visitfacts.facts.Language;
import kz.visitfacts.facts.LexiconTerm;

/**
 * The world's cities that name a time zone (Tashkent, 上海, Москва, Үрімші: about 400, from ICU's CLDR data drawn at
 * build time into {@link CharacterTables}), in Chinese, English, Russian and Kazakh, as places: a question naming a
 * city no source mentions ("the water centre in Tashkent") is not answered with a fact about another city.
 */
final class Cities {
    /** The languages of the names in each row of the cities table, in order. */
    private static final List<Language> DISPLAY = List.of(Language.ZH, Language.EN, Language.RU, Language.KK);

    private Cities() {
    }

    /** Read once, on first use. */
    private static final class Holder {
        static final List<LexiconTerm> ALL = compute();
    }

    static List<LexiconTerm> all() {
        return Holder.ALL;
    }

    private static List<LexiconTerm> compute() {
        WordList english = WordList.read("english-words.txt.gz");
        List<LexiconTerm> terms = new ArrayList<>();
        for (String[] row : CharacterTables.cities()) {
            // A city called by a common word (Wake, Troll, Midway, Jersey) would make the word a place in every question.
            if (row.length > 2 && english.contains(row[2].toLowerCase(Locale.ROOT))) {
                continue;
            }
            Map<Language, List<String>> aliases = new EnumMap<>(Language.class);
            for (int i = 0; i < DISPLAY.size(); i++) {
                if (i + 1 < row.length && !row[i + 1].isBlank()) {
                    aliases.put(DISPLAY.get(i), List.of(row[i + 1]));
                }
            }
            if (!aliases.isEmpty()) {
                terms.add(new LexiconTerm("city:" + row[0], LexiconTerm.TermType.PLACE, false, aliases));
            }
        }
        return List.copyOf(terms);
    }
}
