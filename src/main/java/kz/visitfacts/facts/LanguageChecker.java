package kz.visitfacts.facts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Checks language.json: known languages and kinds, no empty words, no spelling rewritten two ways. */
final class LanguageChecker {
    private static final Set<String> LANGUAGES = Set.of("zh", "en", "ru", "kk");

    private final String file;
    private final List<String> errors;

    LanguageChecker(String file, List<String> errors) {
        this.file = file;
        this.errors = errors;
    }

    LanguageData check(FactFileJson.LanguageFile parsed) {
        Set<String> stopwords = new HashSet<>();
        nonNull(parsed.stopwords(), "stopwords").forEach((lang, words) -> {
            language(lang, "$.stopwords");
            words(words, "$.stopwords." + lang).forEach(stopwords::add);
        });
        List<LanguageData.Cue> cues = new ArrayList<>();
        List<FactFileJson.CueJson> cueList = parsed.cues() == null ? List.of() : parsed.cues();
        for (int i = 0; i < cueList.size(); i++) {
            FactFileJson.CueJson c = cueList.get(i);
            String where = "$.cues[" + i + "]";
            Set<FactKind> kinds = EnumSet.noneOf(FactKind.class);
            for (String k : c.kinds() == null ? List.<String>of() : c.kinds()) {
                try {
                    kinds.add(FactKind.valueOf(String.valueOf(k).toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    errors.add(file + ": " + where + ": kind \"" + k + "\" is not a known kind");
                }
            }
            if (kinds.isEmpty()) {
                errors.add(file + ": " + where + ": names no kind");
            }
            cues.add(new LanguageData.Cue(kinds, words(c.words(), where + ".words")));
        }
        Map<String, String> rewrites = new HashMap<>();
        nonNull(parsed.rewrites(), "rewrites").forEach((lang, map) -> {
            language(lang, "$.rewrites");
            map.forEach((from, to) -> {
                if (from == null || from.isBlank() || to == null) {
                    errors.add(file + ": $.rewrites." + lang + ": an empty spelling");
                } else {
                    String before = rewrites.putIfAbsent(from, to);
                    if (before != null && !before.equals(to)) {
                        errors.add(file + ": $.rewrites." + lang + ": \"" + from + "\" is rewritten both as \"" + before
                                + "\" and as \"" + to + "\"");
                    }
                }
            });
        });
        Map<String, List<String>> measures = new HashMap<>();
        nonNull(parsed.measures(), "measures").forEach((m, words) -> measures.put(m, words(words, "$.measures." + m)));
        FactFileJson.MeasureOfJson of = parsed.measureOf();
        Map<String, String> units = of == null || of.units() == null ? Map.of() : of.units();
        Map<String, String> counters = of == null || of.counters() == null ? Map.of() : of.counters();
        Set<String> verbEndings = wordsByLanguage(parsed.verbEndings(), "verbEndings");
        return new LanguageData(stopwords, cues, rewrites, measures, units, counters, verbEndings,
                wordsByLanguage(parsed.interrogatives(), "interrogatives"), wordsByLanguage(parsed.framing(), "framing"),
                wordsByLanguage(parsed.premises(), "premises"),
                // Optional: a language file written before it had askers' words reads as before.
                parsed.asker() == null ? Set.of() : wordsByLanguage(parsed.asker(), "asker"),
                // Optional too: without them no question is read as asking about now.
                parsed.present() == null ? Set.of() : wordsByLanguage(parsed.present(), "present"),
                parsed.planned() == null ? Set.of() : wordsByLanguage(parsed.planned(), "planned"),
                parsed.next() == null ? Set.of() : wordsByLanguage(parsed.next(), "next"));
    }

    /** A required map of language to words, as one set. */
    private Set<String> wordsByLanguage(Map<String, List<String>> byLanguage, String name) {
        Set<String> all = new HashSet<>();
        nonNull(byLanguage, name).forEach((lang, words) -> {
            language(lang, "$." + name);
            words(words, "$." + name + "." + lang).forEach(all::add);
        });
        return all;
    }

    private <V> Map<String, V> nonNull(Map<String, V> map, String name) {
        if (map == null) {
            errors.add(file + ": \"" + name + "\" is missing");
            return Map.of();
        }
        return map;
    }

    private void language(String lang, String where) {
        if (!LANGUAGES.contains(lang)) {
            errors.add(file + ": " + where + ": \"" + lang + "\" is not one of zh, en, ru, kk");
        }
    }

    private List<String> words(List<String> words, String where) {
        List<String> kept = new ArrayList<>();
        for (String w : words == null ? List.<String>of() : words) {
            if (w == null || w.isBlank()) {
                errors.add(file + ": " + where + ": an empty word");
            } else {
                kept.add(w);
            }
        }
        return kept;
    }
}
