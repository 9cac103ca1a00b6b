package kz.visitfacts.facts;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How questions are worded in each language, read from {@code language.json} beside the facts: words to drop,
 * cues for the kind of figure asked, colloquial spellings read as standard ones, and the words that ask for
 * a measure (a unit, or what is counted), the endings that mark a Russian, Kazakh or English verb, the words that
 * make a sentence a question ({@code interrogatives}), the phrases that only frame it ("in the article",
 * {@code framing}), the words that claim something went otherwise or did not happen ("refused", "缺席",
 * {@code premises}), the words with which askers speak of themselves ("I'm", "я", 我是: {@code asker}), the
 * words that ask how things are now ("currently", сейчас, 目前: {@code present}), and those that tell of a plan
 * ("will", планируется, 未来: {@code planned}), which a fact's statement says of what has not happened yet, and the
 * words that ask about the next one ("next", следующий, 下一届: {@code next}).
 * Language, not content: no source's facts live here.
 */
public record LanguageData(Set<String> stopwords, List<Cue> cues, Map<String, String> rewrites,
                           Map<String, List<String>> measures, Map<String, String> unitMeasures,
                           Map<String, String> counterMeasures, Set<String> verbEndings, Set<String> interrogatives,
                           Set<String> framing, Set<String> premises, Set<String> asker, Set<String> present,
                           Set<String> planned, Set<String> next) {
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
        interrogatives = Set.copyOf(interrogatives);
        framing = Set.copyOf(framing);
        premises = Set.copyOf(premises);
        asker = Set.copyOf(asker);
        present = Set.copyOf(present);
        planned = Set.copyOf(planned);
        next = Set.copyOf(next);
    }
}
