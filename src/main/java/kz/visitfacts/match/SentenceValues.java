package kz.visitfacts.match;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.visitfacts.facts.Fact;
import kz.visitfacts.facts.FactBase;
import kz.visitfacts.facts.FactKind;
import kz.visitfacts.facts.LexiconTerm;

/**
 * The places and times a fact's own sentence holds besides its figure, for a question that asks for one of them: "where was the business council held?" is best matched by the fact of its number of attendees, whose sentence
 * says where; "from which year is the investment counted?" by the investment, whose sentence says since when. The
 * answer is the one value of the sort asked in the clause of the figure, verbatim, that the question does not name
 * itself; where that clause has none, the one in a clause before it that holds some name, notion or word of the
 * question (the business council's clause, not the next one's about a cultural centre). Two candidates, or none: no
 * answer.
 */
final class SentenceValues {
    /** What a question may ask of a sentence. */
    enum Sort {
        PLACE(FactKind.PLACE), TIME(FactKind.DATE);

        /** The kind of figure a value of this sort is, for the answer. */
        final FactKind kind;

        Sort(FactKind kind) {
            this.kind = kind;
        }
    }

    /** One value of a sentence: its sort, its text as written, what a question names it by, and where it stands. */
    record Value(Sort sort, String text, String key, int start, int end) {
    }

    /** One clause of a sentence: where it stands, and the keys of the names, notions and words it holds. */
    private record Clause(int start, int end, Set<String> keys) {
    }

    /** A fact's sentence: its values and its clauses. */
    private record Sentence(List<Value> values, List<Clause> clauses) {
    }

    /**
     * A time as the sources write it: a Chinese year, span of years, month or day (1998-1999年, 3月初, 6月5日), a year
     * said from now (明年, next year), or a year in digits standing alone in another script.
     */
    private static final Pattern TIME = Pattern.compile(
            "明年|今年|去年|后年|前年"
                    + "|\\d{4}(?:[-–—]\\d{4})?年(?:\\d{1,2}月(?:\\d{1,2}日)?)?(?:初|底|中旬|上旬|下旬)?"
                    + "|\\d{1,2}月(?:\\d{1,2}日)?(?:初|底|中旬|上旬|下旬)?"
                    + "|(?<![\\d.,])(?:1[89]|20)\\d{2}(?![\\d.,%])");
    /** What ends a clause: the figure's clause is searched first, so a sentence of two years still answers. */
    private static final Pattern CLAUSE_END = Pattern.compile("[，,；;。：:！!？?]");

    private final Map<Fact, Sentence> sentences;

    private SentenceValues(Map<Fact, Sentence> sentences) {
        this.sentences = sentences;
    }

    /**
     * Finds, once per fact, the lexicon's places (subjects aside) and the times its sentence holds, and
     * what each of its clauses is about, as {@code analyzer} reads it.
     */
    static SentenceValues of(FactBase base, TextAnalyzer analyzer) {
        Map<Fact, Sentence> sentences = new IdentityHashMap<>();
        Map<String, Sentence> byQuote = new java.util.HashMap<>();
        for (Fact f : base.facts()) {
            sentences.put(f, byQuote.computeIfAbsent(f.quote(), q -> new Sentence(List.copyOf(find(q, base.lexicon())),
                    clauses(q, analyzer))));
        }
        return new SentenceValues(sentences);
    }

    private static List<Clause> clauses(String quote, TextAnalyzer analyzer) {
        List<Clause> clauses = new ArrayList<>();
        int start = 0;
        Matcher m = CLAUSE_END.matcher(quote);
        while (start < quote.length()) {
            int end = m.find() ? m.start() : quote.length();
            Set<String> keys = new java.util.HashSet<>();
            for (Term t : analyzer.terms(TextNormalizer.foldSimplified(quote.substring(start, end)))) {
                if (TELLING.contains(t.type())) {
                    keys.add(t.key());
                }
            }
            clauses.add(new Clause(start, end, Set.copyOf(keys)));
            start = end + 1;
        }
        return List.copyOf(clauses);
    }

    /** The terms that say what a clause is about (not the subjects behind every fact, not pieces of words). */
    static final Set<Term.Type> TELLING = EnumSet.of(Term.Type.ENTITY, Term.Type.CONCEPT, Term.Type.WORD);

    /** The sort of value a question asking for {@code asked} wants of a sentence, if one. */
    static Optional<Sort> sortAsked(Set<FactKind> asked) {
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        if (asked.contains(FactKind.PLACE) && Assessor.PLACES.containsAll(asked)) {
            return Optional.of(Sort.PLACE);
        }
        if ((asked.contains(FactKind.YEAR) || asked.contains(FactKind.DATE)) && Assessor.TIMES.containsAll(asked)) {
            return Optional.of(Sort.TIME);
        }
        return Optional.empty();
    }

    /**
     * The value of the sort {@code asked} that answers a question about {@code fact}, when the fact's figure is not of
     * that kind: the only one in the figure's clause, else the only one in the clauses about what the question names
     * ({@code named}: the keys of its terms; {@code telling}: those of its names, notions and words).
     */
    Optional<Value> answering(Set<FactKind> asked, Fact fact, Set<String> named, Set<String> telling) {
        Optional<Sort> sort = sortAsked(asked);
        Sentence sentence = sentences.get(fact);
        if (sort.isEmpty() || sentence == null || answersItself(fact, asked)) {
            return Optional.empty();
        }
        String quote = fact.quote();
        int figureAt = quote.indexOf(fact.figure());
        int figureEnd = figureAt + fact.figure().length();
        List<Value> inFigureClause = new ArrayList<>();
        List<Value> inClauseAsked = new ArrayList<>();
        for (Value v : sentence.values()) {
            boolean inFigure = figureAt >= 0 && v.start() >= figureAt && v.end() <= figureEnd;
            if (v.sort() != sort.get() || named.contains(v.key()) || inFigure) {
                continue;
            }
            if (asked.equals(Assessor.DAY) && !tellsADay(v.text())) {
                // "Which day?" is not answered with the month or year of the sentence.
                continue;
            }
            List<Clause> clauses = sentence.clauses();
            int i = 0;
            while (i < clauses.size() && !(clauses.get(i).start() <= v.start() && v.start() < clauses.get(i).end())) {
                i++;
            }
            // A clause of the value alone ("到2030年，…", "3月初，…") sets the time or place of the clause after it.
            while (i + 1 < clauses.size() && clauses.get(i).keys().isEmpty()) {
                i++;
            }
            if (i == clauses.size()) {
                continue;
            }
            Clause c = clauses.get(i);
            if (figureAt >= 0 && c.start() <= figureAt && figureAt < c.end() || figureAt >= 0 && c.start() < figureEnd && figureEnd <= c.end()) {
                inFigureClause.add(v);
            } else if (c.keys().stream().anyMatch(telling::contains) && (figureAt < 0 || c.end() <= figureAt)) {
                // Only a clause before the figure's: it sets the scene ("在某地举行的…会议，吸引了…"); one after it
                // says something more ("…，以缓解中亚水资源短缺的压力" is what the centre is for, not where it is).
                inClauseAsked.add(v);
            }
        }
        Optional<Value> inClause = only(inFigureClause);
        return inClause.isPresent() || !inFigureClause.isEmpty() ? inClause : only(inClauseAsked);
    }

    /**
     * Whether a fact's own figure answers what is asked: of the kind asked, and an event only with a time in its figure
     * for "when", a place for "where" (its name alone says neither: "the parade marking the 80th anniversary").
     */
    boolean answersItself(Fact fact, Set<FactKind> asked) {
        if (!FactIndex.fits(fact, asked)) {
            return false;
        }
        Sort sort = sortAsked(asked).orElse(null);
        if (sort == null || fact.kind() != FactKind.EVENT) {
            return true;
        }
        return sort == Sort.TIME ? tellsATime(fact.figure()) : namesAPlace(fact);
    }

    /** Whether a fact's figure holds one of the places its sentence names (not within another name). */
    boolean namesAPlace(Fact fact) {
        Sentence sentence = sentences.get(fact);
        int figureAt = fact.quote().indexOf(fact.figure());
        if (sentence == null || figureAt < 0) {
            return true;
        }
        int figureEnd = figureAt + fact.figure().length();
        return sentence.values().stream().anyMatch(v -> v.sort() == Sort.PLACE && v.start() >= figureAt && v.end() <= figureEnd);
    }

    /** Whether a figure names a day: 6月5日, 5日, 2024-05-17. */
    static boolean tellsADay(String figure) {
        return DAY.matcher(figure).find();
    }

    private static final Pattern DAY = Pattern.compile("\\d{1,2}日|\\d{4}-\\d{1,2}-\\d{1,2}");

    /** Whether a figure holds a time: a digit, or a Chinese year, month, day or season word. */
    static boolean tellsATime(String figure) {
        return figure.chars().anyMatch(c -> Character.isDigit(c) || "年月日季初底".indexOf(c) >= 0);
    }

    /** The fact as the answer from its sentence: the value as its figure, everything else as the fact has it. */
    static Fact answer(Fact fact, Value value) {
        return new Fact(fact.id(), fact.source(), fact.paragraph(), value.sort().kind, value.text(), fact.quote(),
                Optional.empty(), fact.label(), fact.statement(), fact.keywords(), fact.questions(), false);
    }

    /** The one value of a list, counting the same name or time written twice once. */
    private static Optional<Value> only(List<Value> values) {
        if (values.isEmpty() || values.stream().map(Value::key).distinct().count() > 1) {
            return Optional.empty();
        }
        return Optional.of(values.get(0));
    }

    /**
     * The places and times of a sentence. A place inside a name is part of the name (the city in the name of a financial
     * centre), and the longest spelling found at a place wins.
     */
    private static List<Value> find(String quote, List<LexiconTerm> lexicon) {
        String lower = quote.toLowerCase(Locale.ROOT);
        List<Value> names = new ArrayList<>();
        List<Value> places = new ArrayList<>();
        for (LexiconTerm t : lexicon) {
            boolean place = t.type() == LexiconTerm.TermType.PLACE || t.type() == LexiconTerm.TermType.COUNTRY;
            boolean name = t.type() == LexiconTerm.TermType.PERSON || t.type() == LexiconTerm.TermType.ORGANIZATION;
            if (!place && !name) {
                continue;
            }
            for (List<String> spellings : t.aliases().values()) {
                for (String alias : spellings) {
                    String a = alias.toLowerCase(Locale.ROOT).strip();
                    for (int at = a.isEmpty() ? -1 : lower.indexOf(a); at >= 0; at = lower.indexOf(a, at + 1)) {
                        if (wholeWord(lower, at, at + a.length())) {
                            // A subject (China, Kazakhstan) stands behind every fact: never the place asked for.
                            Value v = new Value(Sort.PLACE, quote.substring(at, at + a.length()), "c:" + t.id(), at, at + a.length());
                            (name ? names : place && !t.subject() ? places : names).add(v);
                        }
                    }
                }
            }
        }
        List<Value> found = new ArrayList<>(longest(places, names));
        Matcher m = TIME.matcher(quote);
        while (m.find()) {
            found.add(new Value(Sort.TIME, m.group(), timeKey(m.group()), m.start(), m.end()));
        }
        return found;
    }

    /** A lone year is named by its number ("in 2024"), as a question's number is; any other time by its text. */
    private static String timeKey(String time) {
        String[] numbers = time.replaceAll("\\D+", " ").strip().split(" ");
        return numbers.length == 1 && numbers[0].length() == 4 ? "n:" + numbers[0] : "t:" + time;
    }

    /** Of values found, those not inside a longer one of their own or inside one of {@code outer}. */
    private static List<Value> longest(List<Value> values, List<Value> outer) {
        List<Value> kept = new ArrayList<>();
        for (Value v : values) {
            boolean inside = values.stream().anyMatch(o -> o != v && o.start() <= v.start() && o.end() >= v.end()
                    && o.end() - o.start() > v.end() - v.start())
                    || outer.stream().anyMatch(o -> o.start() <= v.start() && o.end() >= v.end());
            boolean twice = kept.stream().anyMatch(k -> k.start() == v.start() && k.end() == v.end());
            if (!inside && !twice) {
                kept.add(v);
            }
        }
        return kept;
    }

    /** Latin spellings match whole words only ("Iran" is not in "Iranian"); Chinese has no spaces to go by. */
    private static boolean wholeWord(String s, int start, int end) {
        boolean before = start == 0 || !Character.isLetterOrDigit(s.charAt(start - 1)) || !isLatin(s.charAt(start));
        boolean after = end == s.length() || !Character.isLetterOrDigit(s.charAt(end)) || !isLatin(s.charAt(end - 1));
        return before && after;
    }

    private static boolean isLatin(char c) {
        return c < 0x250 || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC;
    }
}
