package kz.visitfacts.match;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.visitfacts.facts.Fact;
import kz.visitfacts.facts.FactKind;

/**
 * Measures the best fact against a question, as {@link Features} for the decision to answer: how much of the
 * question it explains and how, how its rival compares, and whether its figure is of the kind and measure asked.
 */
final class Assessor {
    /** From this weight a term is in what a fact states: its statement, label, keywords or figure. */
    private static final double STATED = FactIndex.Field.STATEMENT.weight;
    /** From this weight a term is in a fact's own words: its quote or firmer, not only the paragraph around it. */
    private static final double OWN_WORDS = FactIndex.Field.QUOTE.weight;
    /** The evidence's floor, so its logarithm stays finite: one common word holds about ten times more. */
    private static final double MIN_EVIDENCE = 0.05;
    /** The weight of a number typed in digits, the firmest a question states one. */
    private static final double NUMBER_WEIGHT = 1.5;

    private static final Set<FactKind> AMOUNTS = EnumSet.of(FactKind.COUNT, FactKind.QUANTITY);
    private static final Set<FactKind> RATIOS = EnumSet.of(FactKind.PERCENT, FactKind.MULTIPLE);
    /** Kinds that answer "who" and "which ones": a name or a list of them, never a bare number. */
    private static final Set<FactKind> NAMES = EnumSet.of(FactKind.PERSON, FactKind.ORGANIZATION, FactKind.LIST);
    /** Kinds whose figure is something said of the event, in words. */
    private static final Set<FactKind> STATEMENTS = EnumSet.of(FactKind.CLAIM, FactKind.TITLE);
    /** Kinds whose figure is the name of someone or something. */
    private static final Set<FactKind> NAMED = EnumSet.of(FactKind.PERSON, FactKind.ORGANIZATION, FactKind.TITLE);
    /** Kinds that answer "where": a place, or the event held there. */
    static final Set<FactKind> PLACES = EnumSet.of(FactKind.PLACE, FactKind.EVENT);
    /** What "which day?" asks for alone: a date, not a year or an event. */
    static final Set<FactKind> DAY = EnumSet.of(FactKind.DATE);
    /** Kinds that answer "when". */
    static final Set<FactKind> TIMES = EnumSet.of(FactKind.YEAR, FactKind.DATE, FactKind.EVENT);

    private final FactIndex index;
    private final Ranking ranking;
    private final Measures measures;
    private final Direction direction;
    /** Which way each fact's flow goes between the subject countries, where it says. */
    private final Map<Fact, String> directions;
    private final SentenceValues values;
    private final QuestionWords words;
    private final Set<Mechanism> off;

    Assessor(FactIndex index, Ranking ranking, Measures measures, Direction direction, Map<Fact, String> directions,
             SentenceValues values, QuestionWords words, Set<Mechanism> off) {
        this.words = words;
        this.index = index;
        this.ranking = ranking;
        this.measures = measures;
        this.direction = direction;
        this.directions = directions;
        this.values = values;
        this.off = off;
    }

    /** The best fact measured against a question: its features, and why its figure cannot answer it, if it cannot. */
    record Assessment(Features features, java.util.Optional<Mismatch> mismatch) {
    }

    /** Assesses the best of {@code ranked} (which must not be empty) for the question read as {@code r}. */
    Assessment assess(Reading r, List<FactIndex.Scored> ranked) {
        return new Assessment(features(r, ranked), mismatch(r, ranked.get(0).fact()));
    }

    /**
     * The key of the word an amount is asked of ("how much barley", 多少石油), where it is a word of its own: not part of a
     * name or notion, nor a unit or counted thing, which the measures weigh. A Latin or Cyrillic word only where no fact
     * holds it, nor one letter from it, and the language's word lists know (barley, not the typo buisness): the
     * word after "how many" is as often an adjective ("how many foreign leaders"). 多少 stands right before what is
     * measured.
     */
    private java.util.Optional<String> amountThing(Reading r) {
        java.util.Optional<String> thing = words.amountThing(r.asking());
        if (thing.isEmpty()) {
            return thing;
        }
        String t = thing.get();
        boolean han = t.codePoints().anyMatch(Han::is);
        Term found = null;
        for (Term term : r.terms()) {
            if (term.type() != Term.Type.WORD) {
                continue;
            }
            String word = term.key().substring(2);
            boolean fits = han ? term.key().startsWith("z:") && word.length() >= 2 && t.startsWith(word)
                    : term.key().equals("w:" + Stemmer.stem(t));
            if (fits && (found == null || word.length() > found.key().length() - 2)) {
                found = term;
            }
        }
        if (found == null) {
            return java.util.Optional.empty();
        }
        FactIndex.Resolved resolved = index.resolve(found, r.typos());
        boolean aWordNoFactHas = index.resolve(found, true).via() == FactIndex.Via.NONE
                && (WordFrequencies.shipped().zipf(t).isPresent() || LatinKazakh.englishWord(t));
        return han || aWordNoFactHas ? java.util.Optional.of(resolved.key()) : java.util.Optional.empty();
    }

    /** Why the figure of {@code fact} cannot be what the question asks for, if it cannot. */
    private java.util.Optional<Mismatch> mismatch(Reading r, Fact fact) {
        Set<FactKind> asked = r.asked();
        FactKind kind = fact.kind();
        Mismatch m = null;
        if (!asked.isEmpty() && Ranking.NUMERIC.containsAll(asked) && fact.value().isEmpty()) {
            m = Mismatch.NOT_A_NUMBER;
        } else if (!asked.isEmpty() && Ranking.NUMERIC.containsAll(asked) && kind == FactKind.EVENT
                && !asksItsNumber(r, fact) && !off.contains(Mechanism.EVENTS_NOT_AMOUNTS)) {
            // The number of an event is part of its name or date ("the 80th anniversary parade", a forum "in November"):
            // never how many troops marched or how many came, only "多少周年".
            m = Mismatch.NOT_A_NUMBER;
        } else if (!asked.isEmpty() && TIMES.containsAll(asked) && (fact.value().isEmpty() || asksATime(asked))
                && (!TIMES.contains(kind) || kind == FactKind.EVENT && !SentenceValues.tellsATime(fact.figure()))) {
            // An event answers "when" only with a time in its figure (a month, a year), not by its name alone; a sum or a
            // count never does ("since when?" of 6,000 firms).
            m = Mismatch.NOT_A_TIME;
        } else if (asked.contains(FactKind.YEAR) && STATEMENTS.contains(kind) && !SentenceValues.tellsATime(fact.figure())
                && !off.contains(Mechanism.PERIODS_TOLD)) {
            // Only "how long" (多长时间, на какой срок) asks a time of a claim or a title: of one whose figure tells a
            // period ("未来十年的发展战略"), not of how the talks went ("how long did the talks last?").
            m = Mismatch.NOT_A_TIME;
        } else if (asked.equals(DAY) && !SentenceValues.tellsADay(fact.figure()) && !off.contains(Mechanism.DAYS_NOT_MONTHS)) {
            // "On which day of November?" is not answered by "11月": the question asks what the source does not say.
            m = Mismatch.NOT_A_DAY;
        } else if (!asked.isEmpty() && NAMES.containsAll(asked) && Ranking.NUMERIC.contains(kind)) {
            m = Mismatch.NOT_A_NAME;
        } else if (asked.contains(FactKind.PLACE) && PLACES.containsAll(asked) && !PLACES.contains(kind)
                && fact.value().isPresent() && !off.contains(Mechanism.PLACES_NOT_NUMBERS)) {
            // "Where were the agreements signed" is not answered by their number, even if the sentence names the city.
            m = Mismatch.NOT_A_PLACE;
        } else if (asked.contains(FactKind.PLACE) && PLACES.containsAll(asked) && NAMED.contains(kind)
                && !values.namesAPlace(fact) && !off.contains(Mechanism.PLACES_NOT_NAMES)) {
            // "Where will the water research centre be?" is not answered by the centre's name: a name that holds no place
            // answers "where" only with a place of its sentence, if it has one. (A claim may say the place in other words.)
            m = Mismatch.NOT_A_PLACE;
        } else if (!asked.isEmpty() && AMOUNTS.containsAll(asked) && RATIOS.contains(kind) && !off.contains(Mechanism.AMOUNTS_NOT_RATIOS)) {
            // "How many tourists came" is not answered by the share by which their number grew.
            m = Mismatch.NOT_AN_AMOUNT;
        } else if (!r.askedMeasures().isEmpty() && !measures.fit(r.askedMeasures(), fact)) {
            m = Mismatch.WRONG_MEASURE;
        } else if (!asked.isEmpty() && Ranking.NUMERIC.containsAll(asked) && !off.contains(Mechanism.AMOUNT_OF_ANOTHER_THING)
                && amountThing(r).filter(key -> index.weightIn(fact, key) == 0).isPresent()) {
            // "How much barley will Kazakhstan export?" is not answered by the wheat it exports: the amount is of a thing
            // the fact does not speak of.
            m = Mismatch.ANOTHER_THING;
        } else if (!off.contains(Mechanism.DIRECTION) && directions.get(fact) != null
                && Direction.opposite(direction.of(r.asking()), directions.get(fact))) {
            // The question's direction is read only against a fact that has one: most have none.
            m = Mismatch.REVERSED;
        }
        return java.util.Optional.ofNullable(m);
    }

    /**
     * Whether the best's nearest rival holds every word of the question the best holds, in words of its own (a word of
     * the best's statement in the rival's statement or keywords too, 粮食 of one season's statement in the other's
     * keyword 粮食出口; not only in its sentence): nothing of the question tells them apart.
     */
    boolean sameWords(Reading r, List<FactIndex.Scored> ranked) {
        Fact rival = ranking.rival(r, ranked);
        if (rival == null) {
            return false;
        }
        Fact best = ranked.get(0).fact();
        boolean any = false;
        for (Term t : r.terms()) {
            String key = index.resolve(t, r.typos()).key();
            double in = index.weightIn(best, key);
            if (in > 0) {
                any = true;
                if (index.weightIn(rival, key) < Math.min(in, OWN_WORDS)) {
                    return false;
                }
            }
        }
        return any;
    }

    private Features features(Reading r, List<FactIndex.Scored> ranked) {
        FactIndex.Scored best = ranked.get(0);
        Fact fact = best.fact();
        Set<FactKind> asked = r.asked();
        double mass = 0;
        double unknown = 0;
        double matched = 0;
        double stated = 0;
        double rareUnknown = 0;
        double exclusive = 0;
        boolean numberMatched = false;
        double numberMissed = 0;
        Fact rival = ranking.rival(r, ranked);
        for (Term t : r.terms()) {
            FactIndex.Resolved key = index.resolve(t, r.typos());
            double w = t.weight() * index.idf(key.key(), t);
            mass += w;
            double in = index.weightIn(fact, key.key());
            if ((t.type() == Term.Type.NUMBER || t.type() == Term.Type.SOFT_NUMBER) && in == 0) {
                numberMissed = Math.max(numberMissed, t.weight() / NUMBER_WEIGHT);
            }
            if (key.via() == FactIndex.Via.NONE) {
                unknown += w;
                if (t.type() == Term.Type.WORD || t.type() == Term.Type.CONCEPT) {
                    rareUnknown = Math.max(rareUnknown, t.weight());
                }
            } else if (in > 0) {
                matched += w;
                stated += in >= STATED ? w : 0;
                exclusive += rival == null || index.weightIn(rival, key.key()) == 0 ? w : 0;
                numberMatched |= t.type() == Term.Type.NUMBER;
            }
        }
        return new Features(best.score(), best.coverage(), Math.log(Math.max(MIN_EVIDENCE, best.evidence())),
                best.score() == 0 ? 0 : ranking.runnerUp(r, ranked) / best.score(),
                mass == 0 ? 0 : unknown / mass, rareUnknown, matched == 0 ? 0 : exclusive / matched,
                matched == 0 ? 0 : stated / matched,
                flag(!asked.isEmpty()), flag(!asked.isEmpty() && FactIndex.fits(fact, asked)),
                flag(!asked.isEmpty() && !FactIndex.fits(fact, asked) && rival != null && FactIndex.fits(rival, asked)),
                flag(numberMatched), Math.min(1, numberMissed));
    }

    /** The word after a number in a Chinese figure: what the number counts (周 of N周年, 月 of N月). */
    private static final java.util.regex.Pattern COUNTED = java.util.regex.Pattern.compile("\\d(\\p{IsHan})");

    /** Whether a question asks the number an event's figure counts in its own word: "抗战胜利多少周年" of "N周年". */
    private static boolean asksItsNumber(Reading r, Fact fact) {
        java.util.regex.Matcher m = COUNTED.matcher(fact.figure());
        return m.find() && r.asking().contains(m.group(1));
    }

    /** Whether "when" is asked as such (a year or a date), not only "what" of an event; and the rule is on. */
    private boolean asksATime(Set<FactKind> asked) {
        return SentenceValues.sortAsked(asked).orElse(null) == SentenceValues.Sort.TIME && !off.contains(Mechanism.TIMES_NOT_NUMBERS);
    }

    private static double flag(boolean b) {
        return b ? 1 : 0;
    }
}
