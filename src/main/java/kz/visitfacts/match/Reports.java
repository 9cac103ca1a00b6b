package kz.visitfacts.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kz.visitfacts.facts.Fact;
import kz.visitfacts.facts.FactBase;
import kz.visitfacts.facts.LexiconTerm;

/**
 * Which facts of different sources report the same thing: with the same figure (they corroborate each other: one
 * answer, "also reported by") or with another (they disagree: shown side by side). Never a rival of each other.
 */
final class Reports {
    private final Map<Fact, List<Fact>> corroborating;
    private final Map<Fact, List<Fact>> disagreeing;

    private Reports(Map<Fact, List<Fact>> corroborating, Map<Fact, List<Fact>> disagreeing) {
        this.corroborating = corroborating;
        this.disagreeing = disagreeing;
    }

    /** The reports among the indexed facts, given what each fact's figure measures (where known). */
    static Reports of(FactBase base, List<FactIndex.Doc> docs, Map<Fact, String> measures) {
        Map<Fact, List<Fact>> corroborating = sameThing(base, docs, measures, true);
        // A report that says what it counts (名: people) tells what its corroborating reports count too.
        Map<Fact, String> reportedMeasures = new IdentityHashMap<>(measures);
        corroborating.forEach((f, same) -> same.stream().map(measures::get).filter(Objects::nonNull).findFirst()
                .ifPresent(m -> reportedMeasures.putIfAbsent(f, m)));
        Map<Fact, List<Fact>> disagreeing = sameThing(base, docs, reportedMeasures, false);
        // A source that gives the same figure for a thing gives no other figure for it.
        disagreeing.replaceAll((f, others) -> others.stream().filter(o -> corroborating.getOrDefault(f, List.of()).stream()
                .noneMatch(c -> c.source().id().equals(o.source().id()))).toList());
        return new Reports(corroborating, disagreeing);
    }

    /** The facts of other sources that give the same figure for the same thing as {@code fact}. */
    List<Fact> corroborating(Fact fact) {
        return corroborating.getOrDefault(fact, List.of());
    }

    /** The facts of other sources that give another figure for the same thing as {@code fact}. */
    List<Fact> disagreeing(Fact fact) {
        return disagreeing.getOrDefault(fact, List.of());
    }

    /**
     * Facts of different sources about the same thing: a number of the same kind and unit (and of the same measure,
     * where both say what they count; to disagree, both must say it, or neither), and at least one name or notion,
     * other than the subjects behind every fact, that both state in their own words. With {@code sameValue}, those
     * that corroborate each other (two articles giving 150亿美元 for the business deals are one answer, reported
     * twice); without, those that disagree (500 attendees in one, 600 in the other), which are shown side by side
     * when a question finds both — so also the words that name one (see {@link #namedWithin}) are all in the other.
     */
    private static Map<Fact, List<Fact>> sameThing(FactBase base, List<FactIndex.Doc> docs, Map<Fact, String> measures,
                                                   boolean sameValue) {
        Set<String> subjects = new HashSet<>();
        base.lexicon().stream().filter(LexiconTerm::subject).forEach(t -> subjects.add("c:" + t.id()));
        Map<String, List<FactIndex.Doc>> byUnit = new HashMap<>();
        for (FactIndex.Doc d : docs) {
            d.fact().value().ifPresent(v -> byUnit.computeIfAbsent(d.fact().kind() + "|" + v.unit(), k -> new ArrayList<>()).add(d));
        }
        Map<Fact, List<Fact>> out = new IdentityHashMap<>();
        for (List<FactIndex.Doc> same : byUnit.values()) {
            for (FactIndex.Doc a : same) {
                for (FactIndex.Doc b : same) {
                    Fact fa = a.fact();
                    Fact fb = b.fact();
                    boolean equal = fa.value().get().number().compareTo(fb.value().get().number()) == 0;
                    String ma = measures.get(fa);
                    String mb = measures.get(fb);
                    if (a != b && equal == sameValue && !fa.source().id().equals(fb.source().id())
                            && (sameValue ? ma == null || mb == null || ma.equals(mb) : Objects.equals(ma, mb))
                            && shareANotion(a, b, subjects) && (sameValue || namedWithin(a, b) || namedWithin(b, a))) {
                        out.computeIfAbsent(fa, k -> new ArrayList<>()).add(fb);
                    }
                }
            }
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return out;
    }

    /**
     * Whether every word that names {@code a} (its label, keywords and figure) is somewhere in {@code b}: then the two
     * may count one thing. A word only one of them names is a thing the other does not speak of — farm trade is not
     * all trade, a solar plant's investment not all investment, the flights to one city not those to another — and
     * another figure for it is no disagreement. Latin and Cyrillic words are stemmed alike in any text; Chinese ones
     * are cut from each curator's wording (委员会, 企业家委员会), so they are left out.
     */
    private static boolean namedWithin(FactIndex.Doc a, FactIndex.Doc b) {
        for (Map.Entry<String, Double> e : a.weights().entrySet()) {
            if (e.getKey().startsWith("w:") && e.getValue() >= FactIndex.Field.LABEL.weight && !b.weights().containsKey(e.getKey())) {
                return false;
            }
        }
        return true;
    }

    private static boolean shareANotion(FactIndex.Doc a, FactIndex.Doc b, Set<String> subjects) {
        for (Map.Entry<String, Double> e : a.weights().entrySet()) {
            String key = e.getKey();
            if (key.startsWith("c:") && !subjects.contains(key) && e.getValue() >= FactIndex.Field.QUOTE.weight
                    && b.weights().getOrDefault(key, 0.0) >= FactIndex.Field.QUOTE.weight) {
                return true;
            }
        }
        return false;
    }
}
