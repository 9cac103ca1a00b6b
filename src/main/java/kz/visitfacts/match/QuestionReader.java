package kz.visitfacts.match;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a question: folds it, reads colloquial spellings as standard ones, drops the phrases that only frame it,
 * corrects typos on request, and cuts it into terms. In a message of several sentences the sentences that ask lead
 * and the rest (who the asker is, why they ask) is background of little weight.
 */
final class QuestionReader {
    /** What a word of a sentence that does not ask weighs, against the same word in the question itself. */
    static final double BACKGROUND = 0.3;

    private final FactIndex.Analysis analysis;
    private final ChineseTypos chineseTypos;
    private final Set<Mechanism> off;
    /** "Last year" in a question counts from the newest source's year. */
    private final int referenceYear;

    QuestionReader(FactIndex.Analysis analysis, ChineseTypos chineseTypos, Set<Mechanism> off, int referenceYear) {
        this.analysis = analysis;
        this.chineseTypos = chineseTypos;
        this.off = off;
        this.referenceYear = referenceYear;
    }

    Reading read(String question, boolean typos) {
        TextNormalizer.Folded folded = TextNormalizer.fold(question == null ? "" : question);
        QuestionWords words = analysis.words();
        String text = analysis.prepare(folded.text());
        if (!off.contains(Mechanism.FRAMING)) {
            text = words.withoutFraming(text);
        }
        List<ChineseTypos.Correction> corrections = new ArrayList<>();
        if (typos) {
            text = chineseTypos.correct(text, corrections);
        }
        List<String> sentences = off.contains(Mechanism.ASKING_SENTENCES) ? List.of(text) : Sentences.of(text);
        List<Term> terms;
        String asking;
        if (sentences.size() <= 1) {
            asking = text;
            terms = analysis.analyzer().terms(text, referenceYear);
        } else {
            List<String> asks = sentences.stream().filter(words::asks).toList();
            List<String> leading = asks.isEmpty() ? List.of(sentences.get(sentences.size() - 1)) : asks;
            asking = String.join(" ", leading);
            terms = weighted(sentences, leading);
        }
        Set<String> askedMeasures = off.contains(Mechanism.MEASURES) ? Set.of()
                : words.askedMeasures(asking, !off.contains(Mechanism.CHINESE_MEASURES_APART));
        return new Reading(folded, text, asking, corrections, terms, words.askedKinds(asking), askedMeasures, typos);
    }

    /** The terms of every sentence, those of the leading ones at full weight, each key once at its largest weight. */
    private List<Term> weighted(List<String> sentences, List<String> leading) {
        Map<String, Term> merged = new LinkedHashMap<>();
        for (String s : sentences) {
            boolean leads = leading.contains(s);
            for (Term t : analysis.analyzer().terms(s, referenceYear)) {
                Term w = leads ? t : t.inBackground(BACKGROUND);
                merged.merge(w.key(), w, (a, b) -> a.weight() >= b.weight() ? a : b);
            }
        }
        return List.copyOf(merged.values());
    }
}
