package kz.visitfacts.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the fact base files, read strictly: an unknown field is an error. */
final class FactFileJson {
    private FactFileJson() {
    }

    record FactFile(SourceJson source, List<SectionJson> sections, List<ParagraphJson> paragraphs, List<FactJson> facts) {
    }

    record SourceJson(String id, String file, String language, String date, String compiler, Texts title) {
    }

    record SectionJson(String id, String heading, Texts title) {
    }

    record ParagraphJson(String id, String section, String text) {
    }

    record FactJson(String id, String paragraph, String kind, String figure, String quote, ValueJson value,
                    Texts label, Texts statement, Lists keywords, Lists questions, Boolean featured) {
    }

    record ValueJson(BigDecimal number, String unit) {
    }

    record LanguageFile(String about, Map<String, List<String>> stopwords, List<CueJson> cues,
                        Map<String, Map<String, String>> rewrites, Map<String, List<String>> measures,
                        MeasureOfJson measureOf, Map<String, List<String>> verbEndings,
                        Map<String, List<String>> interrogatives, Map<String, List<String>> framing,
                        Map<String, List<String>> premises, Map<String, List<String>> asker,
                        Map<String, List<String>> present, Map<String, List<String>> planned,
                        Map<String, List<String>> next) {
    }

    record CueJson(List<String> kinds, List<String> words) {
    }

    record MeasureOfJson(Map<String, String> units, Map<String, String> counters) {
    }

    record LexiconFile(List<TermJson> terms) {
    }

    record TermJson(String id, String type, Boolean subject, List<String> zh, List<String> en, List<String> ru,
                    List<String> kk) {
        Lists aliases() {
            return new Lists(zh, en, ru, kk);
        }
    }

    /** One text per language. */
    record Texts(String zh, String en, String ru, String kk) {
        Localized toLocalized() {
            Map<Language, String> m = new EnumMap<>(Language.class);
            put(m, Language.ZH, zh);
            put(m, Language.EN, en);
            put(m, Language.RU, ru);
            put(m, Language.KK, kk);
            return new Localized(m);
        }

        private static void put(Map<Language, String> m, Language l, String t) {
            if (t != null && !t.isBlank()) {
                m.put(l, t);
            }
        }
    }

    /** A list of words per language. */
    record Lists(List<String> zh, List<String> en, List<String> ru, List<String> kk) {
        Map<Language, List<String>> toMap() {
            Map<Language, List<String>> m = new EnumMap<>(Language.class);
            put(m, Language.ZH, zh);
            put(m, Language.EN, en);
            put(m, Language.RU, ru);
            put(m, Language.KK, kk);
            return m;
        }

        private static void put(Map<Language, List<String>> m, Language l, List<String> words) {
            if (words == null) {
                return;
            }
            List<String> kept = new ArrayList<>();
            for (String w : words) {
                if (w != null && !w.isBlank()) {
                    kept.add(w.strip());
                }
            }
            if (!kept.isEmpty()) {
                m.put(l, List.copyOf(kept));
            }
        }
    }
}
