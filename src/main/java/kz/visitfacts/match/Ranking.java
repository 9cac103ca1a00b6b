package kz.visitfacts.match;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kz.visitfacts.facts.Fact;
import kz.visitfacts.facts.FactKind;

/**
 * The facts that could answer a question, best first, and the best's nearest rival. A question for a number leaves
 * out the facts without one, and a question for a unit or a counted thing ("how many agreements") the figures of
 * another measure, when any fact has that measure: their value in dollars, however close in words, is not what was asked.
 */
final class Ranking {
    /** Kinds whose answer is a number: a fact without one cannot answer "how many" or "how much". */
    static final Set<FactKind> NUMERIC = EnumSet.of(FactKind.MONEY, FactKind.COUNT, FactKind.QUANTITY,
            FactKind.PERCENT, FactKind.MULTIPLE);

    private final FactIndex index;
    private final Measures measures;
    private final Reports reports;
    private final Set<Mechanism> off;

    Ranking(FactIndex index, Measures measures, Reports reports, Set<Mechanism> off) {
        this.index = index;
        this.measures = measures;
        this.reports = reports;
        this.off = off;
    }

    List<FactIndex.Scored> rank(Reading r) {
        if (r.terms().isEmpty()) {
            return List.of();
        }
        List<FactIndex.Scored> ranked = index.search(r.terms(), r.asked(), r.typos());
        if (!r.asked().isEmpty() && NUMERIC.containsAll(r.asked())) {
            List<FactIndex.Scored> numbers = ranked.stream().filter(s -> s.fact().value().isPresent()).toList();
            ranked = numbers.isEmpty() ? ranked : numbers;
        }
        if (!r.askedMeasures().isEmpty() && !off.contains(Mechanism.MEASURE_FIRST)) {
            List<FactIndex.Scored> fitting = ranked.stream().filter(s -> measures.fit(r.askedMeasures(), s.fact())).toList();
            ranked = fitting.isEmpty() ? ranked : fitting;
        }
        if (!off.contains(Mechanism.NAMED_BY_ITS_FACT)) {
            ranked = namedByItsFact(r, ranked);
        }
        return ranked;
    }

    /** What a fact's score keeps when a name the question asks about is another fact's of its sentence. */
    static final double NAMED_ELSEWHERE = 0.5;

    /**
     * A name the question asks about belongs, among the facts of one sentence, to those that state it: "which region
     * will CNPC invest in?" is about CNPC's project, not about Sinopec's region named beside it. A fact that holds the
     * name only in its sentence, while another fact of that sentence states it, is marked down.
     */
    private List<FactIndex.Scored> namedByItsFact(Reading r, List<FactIndex.Scored> ranked) {
        List<FactIndex.Scored> out = null;
        for (Term t : r.terms()) {
            if (t.type() != Term.Type.ENTITY || t.weight() < TextAnalyzer.VERB_WEIGHT) {
                continue;
            }
            String key = index.resolve(t, r.typos()).key();
            Set<String> statingSentences = new java.util.HashSet<>();
            for (FactIndex.Scored s : ranked) {
                if (index.weightIn(s.fact(), key) >= FactIndex.Field.STATEMENT.weight) {
                    statingSentences.add(s.fact().quote());
                }
            }
            if (statingSentences.isEmpty()) {
                continue;
            }
            List<FactIndex.Scored> current = out == null ? ranked : out;
            boolean anyElsewhere = false;
            for (FactIndex.Scored s : current) {
                double in = index.weightIn(s.fact(), key);
                anyElsewhere |= in > 0 && in < FactIndex.Field.STATEMENT.weight && statingSentences.contains(s.fact().quote());
            }
            if (!anyElsewhere) {
                continue;
            }
            out = new java.util.ArrayList<>();
            for (FactIndex.Scored s : current) {
                double in = index.weightIn(s.fact(), key);
                boolean elsewhere = in > 0 && in < FactIndex.Field.STATEMENT.weight && statingSentences.contains(s.fact().quote());
                out.add(elsewhere ? new FactIndex.Scored(s.fact(), s.score() * NAMED_ELSEWHERE, s.coverage(), s.evidence()) : s);
            }
        }
        if (out == null) {
            return ranked;
        }
        out.sort((a, b) -> Double.compare(b.score(), a.score()));
        return out;
    }

    /**
     * The score of the best's nearest rival: a fact whose figure is of another measure than the one asked could never
     * be answered, so it does not make the best doubtful (70 agreements against their value in dollars); nor does
     * another source's report of the best's thing, which backs it up or is shown beside it.
     */
    double runnerUp(Reading r, List<FactIndex.Scored> ranked) {
        FactIndex.Scored rival = rivalScored(r, ranked);
        return rival == null ? 0 : rival.score();
    }

    /** The best's nearest rival, as {@link #runnerUp} finds it; null when there is none. */
    Fact rival(Reading r, List<FactIndex.Scored> ranked) {
        FactIndex.Scored rival = rivalScored(r, ranked);
        return rival == null ? null : rival.fact();
    }

    private FactIndex.Scored rivalScored(Reading r, List<FactIndex.Scored> ranked) {
        for (FactIndex.Scored s : ranked.subList(1, ranked.size())) {
            if (anotherReport(ranked.get(0).fact(), s.fact())) {
                continue;
            }
            if (off.contains(Mechanism.MEASURES) || r.askedMeasures().isEmpty() || measures.fit(r.askedMeasures(), s.fact())) {
                return s;
            }
        }
        return null;
    }

    /** Whether {@code other} is another source's report of {@code fact}'s thing, with the same figure or another. */
    boolean anotherReport(Fact fact, Fact other) {
        return reports.corroborating(fact).contains(other) || reports.disagreeing(fact).contains(other);
    }
}
