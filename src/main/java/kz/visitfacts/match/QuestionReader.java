package kz.visitfacts.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads a question: folds it, reads colloquial spellings as standard ones, corrects typos on request, cuts it into terms. */
final class QuestionReader {
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
        String text = analysis.prepare(folded.text());
        List<ChineseTypos.Correction> corrections = new ArrayList<>();
        if (typos) {
            text = chineseTypos.correct(text, corrections);
        }
        List<Term> terms = analysis.analyzer().terms(text, referenceYear);
        QuestionWords words = analysis.words();
        Set<String> askedMeasures = off.contains(Mechanism.MEASURES) ? Set.of()
                : words.askedMeasures(text, !off.contains(Mechanism.CHINESE_MEASURES_APART));
        return new Reading(folded, text, corrections, terms, words.askedKinds(text), askedMeasures, typos);
    }
}
