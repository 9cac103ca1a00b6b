package kz.visitfacts.match;

import java.util.List;
import java.util.Set;
import kz.visitfacts.facts.FactKind;

/**
 * A question as the matcher reads it: the folded text, the sentences of it that ask ({@code asking}; the whole text
 * when it is one sentence), the typos it corrected, its terms (weighted, the asking sentences leading), the kinds of
 * figure and the measures it asks for, whether typos were looked for, whether it was Kazakh in Latin letters, and the
 * numbers its asking sentences state (keys of their number terms: "five leaders", 2026, not a number said around it);
 * {@code cuesAnAmount}: some cue of its own asks how much or how many, whatever kind the cues settled on.
 */
record Reading(TextNormalizer.Folded folded, String text, String asking, List<ChineseTypos.Correction> corrections,
               List<Term> terms, Set<FactKind> asked, Set<String> askedMeasures, boolean typos, boolean latinKazakh,
               Set<String> statedNumbers, boolean cuesAnAmount) {
    Reading {
        corrections = List.copyOf(corrections);
        statedNumbers = Set.copyOf(statedNumbers);
        terms = List.copyOf(terms);
        asked = Set.copyOf(asked);
        askedMeasures = Set.copyOf(askedMeasures);
    }
}
