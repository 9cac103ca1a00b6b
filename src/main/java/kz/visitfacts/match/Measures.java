package kz.visitfacts.match;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kz.visitfacts.facts.Fact;
import kz.visitfacts.facts.FactBase;
import kz.visitfacts.facts.FactKind;

/**
 * What each fact's figure measures (usd, tonne, firm, person), where its wording says, and whether it is what a
 * question asks for ("how many people" is not answered with a number of firms).
 */
final class Measures {
    /** The measure a question asks for with "cost" or "price": a sum of money in any currency. */
    private static final String MONEY = "money";
    /** How many words after a figure's number may name what it counts ("500 business representatives"). */
    private static final int COUNTED_WITHIN = 3;

    private final Map<Fact, String> byFact;
    private final QuestionWords words;

    private Measures(Map<Fact, String> byFact, QuestionWords words) {
        this.byFact = byFact;
        this.words = words;
    }

    static Measures of(FactBase base, QuestionWords words, Set<Mechanism> off) {
        Map<Fact, String> byFact = new IdentityHashMap<>();
        for (Fact f : base.facts()) {
            String m = measureOf(f, words, off);
            if (m != null) {
                byFact.put(f, m);
            }
        }
        return new Measures(byFact, words);
    }

    /** A fact's measure; null when its wording does not say. */
    String of(Fact fact) {
        return byFact.get(fact);
    }

    /** Every fact whose measure is known, with it. */
    Map<Fact, String> byFact() {
        return byFact;
    }

    /**
     * Whether a fact's figure is of a measure the question asks for. A count whose counted thing is unknown
     * passes a question about people or firms; a question for a unit (km, tenge) needs that unit.
     */
    boolean fit(Set<String> asked, Fact fact) {
        if (asked.size() > 1) {
            // "How much in tenge did it cost": the currency named says more than the cost asked.
            asked = new HashSet<>(asked);
            asked.remove(MONEY);
        }
        if (asked.equals(Set.of(MONEY))) {
            return fact.kind() == FactKind.MONEY;
        }
        String measure = byFact.get(fact);
        if (measure != null) {
            return asked.contains(measure);
        }
        return fact.value().isPresent() && words.countedThings().containsAll(asked);
    }

    /** The measure of a fact's figure: a Chinese counter says what is counted (家 firms, 名 people), else its unit. */
    private static String measureOf(Fact f, QuestionWords words, Set<Mechanism> off) {
        if (f.value().isEmpty()) {
            return null;
        }
        String counter = NumberReader.read(TextNormalizer.foldSimplified(f.figure()), false).stream()
                .map(Quantity::unit).filter(Objects::nonNull).findFirst().orElse(null);
        String measure = words.measureOf(f.value().get().unit(), counter);
        if (measure == null && f.value().get().unit().equals("count") && !off.contains(Mechanism.COUNTED_BY_WORDS)) {
            // No counter (an English, Russian or Kazakh source): the words right after the number say what it counts.
            measure = words.countedAfter(wordsAfterNumber(f));
        }
        return measure;
    }

    /** The words after the first number of a fact's figure, read on into its quote. */
    private static List<String> wordsAfterNumber(Fact f) {
        String figure = TextNormalizer.foldSimplified(f.figure());
        String quote = TextNormalizer.foldSimplified(f.quote());
        int at = quote.indexOf(figure);
        List<String> ws = TextAnalyzer.words(at < 0 ? figure : figure + " " + quote.substring(at + figure.length()));
        for (int i = 0; i < ws.size(); i++) {
            if (ws.get(i).chars().anyMatch(Character::isDigit)) {
                return ws.subList(i + 1, Math.min(ws.size(), i + 1 + COUNTED_WITHIN));
            }
        }
        return List.of();
    }
}
