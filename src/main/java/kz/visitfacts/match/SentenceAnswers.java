package kz.visitfacts.match;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.visitfacts.facts.Fact;

/**
 * Where the answer to "where" or "when" is a place or time of the best fact's sentence rather than its figure
 * ({@link SentenceValues}): which fact's sentence answers, the value it gives, and the rival that would answer otherwise.
 */
final class SentenceAnswers {
    private final SentenceValues values;
    private final Ranking ranking;
    private final Set<Mechanism> off;

    SentenceAnswers(SentenceValues values, Ranking ranking, Set<Mechanism> off) {
        this.values = values;
        this.ranking = ranking;
        this.off = off;
    }

    /**
     * A fact nearly as good as the best, explaining as much of the question, leads when only its sentence holds what is
     * asked and the best cannot answer it at all: "where was the business council?" of its themes (no place) and of its
     * attendees (in Beijing).
     */
    static final double NEARLY_AS_GOOD = 0.85;

    List<FactIndex.Scored> answererFirst(Reading r, List<FactIndex.Scored> ranked) {
        FactIndex.Scored best = ranked.get(0);
        if (off.contains(Mechanism.VALUES_IN_SENTENCE) || SentenceValues.sortAsked(r.asked()).isEmpty()
                || values.answersItself(best.fact(), r.asked())) {
            return ranked;
        }
        Names names = Names.of(r);
        if (of(r, best.fact(), Optional.empty(), names).isPresent()) {
            return ranked;
        }
        for (int i = 1; i < ranked.size(); i++) {
            FactIndex.Scored s = ranked.get(i);
            if (s.score() < best.score() * NEARLY_AS_GOOD || s.coverage() < best.coverage()) {
                break;
            }
            if (!s.fact().paragraph().equals(best.fact().paragraph())) {
                // Only a fact of the same paragraph is about the same thing as the best.
                continue;
            }
            if (values.answersItself(s.fact(), r.asked())) {
                return ranked;
            }
            if (of(r, s.fact(), Optional.empty(), names).isPresent()) {
                List<FactIndex.Scored> reordered = new ArrayList<>(ranked);
                reordered.add(0, reordered.remove(i));
                return reordered;
            }
        }
        return ranked;
    }

    /**
     * The score of the nearest rival that would answer otherwise: with a figure of the kind asked, or another value of
     * its sentence (the facts of one sentence answer "where" alike).
     */
    double runnerUpBesides(Reading r, List<FactIndex.Scored> ranked, SentenceValues.Value value) {
        Fact best = ranked.get(0).fact();
        Names names = Names.of(r);
        for (FactIndex.Scored s : ranked.subList(1, ranked.size())) {
            Optional<SentenceValues.Value> its = of(r, s.fact(), Optional.empty(), names);
            boolean otherwise = values.answersItself(s.fact(), r.asked()) || its.isPresent() && !its.get().key().equals(value.key());
            if (otherwise && !ranking.anotherReport(best, s.fact())) {
                return s.score();
            }
        }
        return 0;
    }

    /**
     * The value of the best fact's sentence a question asks for, where its figure is of another kind; never where
     * the figure is wrong for another reason (another measure, a flow the other way).
     */
    Optional<SentenceValues.Value> of(Reading r, Fact best, Optional<Mismatch> mismatch) {
        return of(r, best, mismatch, null);
    }

    /** As above, with the question's names gathered once for the many facts a ranking asks about (null: not yet). */
    private Optional<SentenceValues.Value> of(Reading r, Fact best, Optional<Mismatch> mismatch, Names names) {
        if (off.contains(Mechanism.VALUES_IN_SENTENCE) || mismatch.isPresent() && !mismatch.get().ofKind()) {
            return Optional.empty();
        }
        // "How much will it grow when the line opens?" asks how much: a time or place beside an amount asked is
        // no answer to look for in the sentence.
        if (r.cuesAnAmount() || SentenceValues.sortAsked(r.asked()).isEmpty() || values.answersItself(best, r.asked())) {
            return Optional.empty();
        }
        Names n = names == null ? Names.of(r) : names;
        return values.answering(r.asked(), best, n.named(), n.telling());
    }

    /** The keys of what a question names itself, and of its names, notions and words (what a clause may be about). */
    private record Names(Set<String> named, Set<String> telling) {
        static Names of(Reading r) {
            Set<String> named = new HashSet<>();
            Set<String> telling = new HashSet<>();
            for (Term t : r.terms()) {
                // What the question names itself; not what a follow-up carries from the question before ("这个数字是哪年的？"
                // after trade in 2024 asks the year that question named), which is carried as a subject or a soft number.
                if (t.type() != Term.Type.SUBJECT && t.type() != Term.Type.SOFT_NUMBER) {
                    named.add(t.key());
                }
                if (SentenceValues.TELLING.contains(t.type())) {
                    telling.add(t.key());
                }
            }
            return new Names(named, telling);
        }
    }
}
