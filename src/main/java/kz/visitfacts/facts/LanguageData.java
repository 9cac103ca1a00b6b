package kz.visitfacts.facts;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How questions are worded in each language, read from {@code language.json} beside the facts: words to drop,
 * cues for the kind of figure asked, colloquial spellings read as standard ones, and the words that ask for
 * a measure (a unit, or what is counted), and the endings that mark a Russian, Kazakh or English verb. Language, not content: no source's facts live here.
 */
public record LanguageData(Set<String> stopwords, List<Cue> cues, Map<String, String> rewrites,
                           Map<String, List<String>> measures, Map<String, String> unitMeasures,
                           Map<String, String> counterMeasures, Set<String> verbEndings) {
    /** Words that ask for one of these kinds of figure. */
    public record Cue(Set<FactKind> kinds, List<String> words) {
        public Cue {
            kinds = Set.copyOf(kinds);
            words = List.copyOf(words);
        }
    }

    public LanguageData {
        stopwords = Set.copyOf(stopwords);
        cues = List.copyOf(cues);
        rewrites = Map.copyOf(rewrites);
        measures = Map.copyOf(Objects.requireNonNull(measures, "measures"));
        unitMeasures = Map.copyOf(unitMeasures);
        counterMeasures = Map.copyOf(counterMeasures);
        verbEndings = Set.copyOf(verbEndings);
    }
}
