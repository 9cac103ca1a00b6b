package kz.visitfacts.match;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.visitfacts.facts.Fact;
import kz.visitfacts.facts.FactBase;

/**
 * What a question takes for granted that its best fact does not say. A question is often built on a claim ("why did
 * Tokayev refuse…", "why in 2026…", "why is Huawei investing in Atyrau…"): its words find the fact about the matter,
 * and answering it would confirm the claim. Such an answer is shown as what the source says instead.
 */
final class Premises {
    private final FactIndex index;
    private final QuestionWords words;
    private final Set<Mechanism> off;
    /** The facts that themselves say something was refused, cancelled or did not happen. */
    private final Set<Fact> claimingOtherwise;
    /** The facts whose statement tells of a plan, of what will be (planned to carry, will open). */
    private final Set<Fact> planned;

    private Premises(FactIndex index, QuestionWords words, Set<Mechanism> off, Set<Fact> claimingOtherwise,
                     Set<Fact> planned) {
        this.index = index;
        this.words = words;
        this.off = off;
        this.claimingOtherwise = claimingOtherwise;
        this.planned = planned;
    }

    static Premises of(FactBase base, FactIndex index, QuestionWords words, Set<Mechanism> off) {
        Set<Fact> claiming = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Fact> planned = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Fact f : base.facts()) {
            List<String> texts = new ArrayList<>(f.statement().texts().values().stream()
                    .map(TextNormalizer::foldSimplified).toList());
            // Of a plan, the curator's statements say so in every language; the quote's 将 is as often "to take".
            if (texts.stream().anyMatch(words::tellsOfAPlan)) {
                planned.add(f);
            }
            texts.add(TextNormalizer.foldSimplified(f.quote()));
            if (texts.stream().anyMatch(words::claimsOtherwise)) {
                claiming.add(f);
            }
        }
        return new Premises(index, words, off, claiming, planned);
    }

    /**
     * Whether a question claims something was refused, cancelled or did not happen, and {@code best} says no such thing;
     * states a number {@code best} does not hold anywhere ("five leaders" of three, "the third summit" of the second,
     * "five security centres" of the water centre) or a year other than the one that is its figure; or names who acts
     * (an organisation, a person) while {@code best} names another and not that one; or asks how things are now of
     * a fact that tells of a plan ("how much cargo goes the Trans-Caspian way now?" of ten million tonnes planned), or
     * about the next one of something of a fact that tells of no plan ("where is the next summit?" of this one). The
     * source's own year is no claim: it dates every fact.
     */
    boolean unsupported(Reading r, Fact best) {
        if (!off.contains(Mechanism.PREMISES) && (words.claimsOtherwise(r.asking())
                || !off.contains(Mechanism.WHY_NOT) && words.asksWhyNot(r.asking())) && !claimingOtherwise.contains(best)) {
            return true;
        }
        String sourceYear = "n:" + best.source().date().getYear();
        if (!off.contains(Mechanism.STATED_NUMBERS) && r.statedNumbers().stream()
                .anyMatch(k -> !k.equals(sourceYear) && (index.weightIn(best, k) == 0 || anotherYear(k, best, r)))) {
            return true;
        }
        if (!off.contains(Mechanism.PLANS_NOT_NOW) && planned.contains(best) && words.asksAboutNow(r.asking())) {
            return true;
        }
        if (!off.contains(Mechanism.NEXT_NOT_THIS) && !planned.contains(best) && words.asksAboutTheNext(r.asking())) {
            return true;
        }
        return !off.contains(Mechanism.NAMED_ACTORS) && namesAnotherActor(r, best);
    }

    /**
     * A year stated of a fact whose figure is another year: "why in 2026?" of a meeting set for 2027, though 2026 is
     * written elsewhere in its paragraph. Unless the question states the figure's year too ("2026 or 2027?").
     */
    private static boolean anotherYear(String key, Fact best, Reading r) {
        Optional<BigDecimal> figureYear = best.value().filter(v -> v.unit().equals("year")).map(v -> v.number());
        if (figureYear.isEmpty() || r.statedNumbers().contains("n:" + figureYear.get().stripTrailingZeros().toPlainString())) {
            return false;
        }
        BigDecimal stated = new BigDecimal(key.substring(2));
        return stated.compareTo(YEAR_FROM) >= 0 && stated.compareTo(YEAR_TO) <= 0 && stated.compareTo(figureYear.get()) != 0;
    }

    private static final BigDecimal YEAR_FROM = BigDecimal.valueOf(1900);
    private static final BigDecimal YEAR_TO = BigDecimal.valueOf(2100);

    /**
     * Whether the question names an organisation or person that {@code best} only mentions around its figure,
     * while {@code best} states one of that sort the question does not name: "why is Huawei investing in Atyrau?" of
     * Sinopec's project, Huawei named in the same paragraph. A question naming one of the fact's own stays about it.
     */
    private boolean namesAnotherActor(Reading r, Fact best) {
        Set<String> stated = index.statedNames(best);
        if (stated.isEmpty()) {
            return false;
        }
        Set<String> named = new java.util.HashSet<>();
        for (Term t : r.terms()) {
            if (t.type() == Term.Type.ENTITY || t.type() == Term.Type.SUBJECT) {
                named.add(index.resolve(t, r.typos()).key());
            }
        }
        for (Term t : r.terms()) {
            if (t.type() != Term.Type.ENTITY || t.weight() < 1) {
                continue;
            }
            String key = index.resolve(t, r.typos()).key();
            Optional<String> sort = FactIndex.nameSort(key);
            if (sort.isEmpty() || stated.contains(key)) {
                continue;
            }
            boolean statesAnother = stated.stream().anyMatch(k -> FactIndex.nameSort(k).equals(sort) && !named.contains(k));
            boolean namesOneOfItsOwn = stated.stream().anyMatch(k -> FactIndex.nameSort(k).equals(sort) && named.contains(k));
            if (statesAnother && !namesOneOfItsOwn) {
                return true;
            }
        }
        return false;
    }
}
