package kz.visitfacts.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.visitfacts.facts.FactKind;

/** Tells why a question gets the answer it gets: how it was read, its top candidates term by term, the decision. */
final class Explainer {
    private final FactIndex index;
    private final FactIndex.Analysis analysis;
    private final Measures measures;
    private final DecisionModel model;

    Explainer(FactIndex index, FactIndex.Analysis analysis, Measures measures, DecisionModel model) {
        this.index = index;
        this.analysis = analysis;
        this.measures = measures;
        this.model = model;
    }

    Explanation explain(String question, Judged j, int top, List<String> followUp) {
        Reading r = j.reading();
        List<Explanation.TermLine> termLines = new ArrayList<>();
        for (Term t : r.terms()) {
            FactIndex.Resolved res = index.resolve(t, r.typos());
            termLines.add(new Explanation.TermLine(t.key(), lower(t.type()), t.weight(), index.idf(res.key(), t), res.key(),
                    lower(res.via())));
        }
        List<Explanation.CandidateLine> candidates = new ArrayList<>();
        for (FactIndex.Scored s : j.ranked().subList(0, Math.min(top, j.ranked().size()))) {
            candidates.add(candidate(r, s));
        }
        List<String> corrections = r.corrections().stream().map(c -> c.from() + " → " + c.to()).toList();
        return new Explanation(question, r.text(), corrections, termLines,
                r.asked().stream().map(FactKind::code).sorted().toList(), r.askedMeasures().stream().sorted().toList(),
                candidates, j.answered(), verdict(j), followUp);
    }

    private Explanation.CandidateLine candidate(Reading r, FactIndex.Scored s) {
        Map<String, FactIndex.Hit> hits = FactIndex.analyse(s.fact(), analysis, new HashMap<>());
        List<String> matched = new ArrayList<>();
        for (Term t : r.terms()) {
            FactIndex.Resolved res = index.resolve(t, r.typos());
            FactIndex.Hit hit = hits.get(res.key());
            if (hit != null) {
                matched.add(res.key() + " in " + lower(hit.field())
                        + (hit.field() == FactIndex.Field.CONTEXT ? " (context)" : hit.field() == FactIndex.Field.QUESTION
                        ? " (alternate question)" : "") + (res.via() == FactIndex.Via.EXACT ? "" : " via " + lower(res.via()))
                        + String.format(Locale.ROOT, " %.2f", hit.weight()));
            }
        }
        double factor = index.kindFactor(s.fact(), r.asked());
        String kindRule = r.asked().isEmpty() ? "no kind asked" : factor > 1 ? "kind asked: boosted"
                : factor < 1 ? "another kind of number: marked down" : "kind not asked";
        return new Explanation.CandidateLine(s.fact().id(), s.fact().figure(), s.score(), s.coverage(), s.evidence(),
                kindRule, measures.of(s.fact()), matched);
    }

    /** The verdict with the chance, the threshold and what spoke against the best most. */
    private String verdict(Judged j) {
        String head = j.verdict().code() + ": " + j.verdict().why + j.mismatch().map(m -> ": " + m.why).orElse("")
                + j.fromSentence().map(v -> "; what is asked, from the best fact's sentence: " + v.text()).orElse("");
        if (j.features() == null) {
            return head;
        }
        StringBuilder s = new StringBuilder(head).append(String.format(Locale.ROOT, " (chance %.2f, threshold %.2f",
                j.chance(), model.threshold()));
        List<DecisionModel.Pull> against = model.against(j.features());
        if (!against.isEmpty()) {
            s.append("; against it: ");
            for (int i = 0; i < Math.min(3, against.size()); i++) {
                DecisionModel.Pull p = against.get(i);
                s.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %.2f (%.2f)", p.feature(), p.value(), p.pull()));
            }
        }
        return s.append(')').toString();
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
