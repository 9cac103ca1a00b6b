package kz.visitfacts.match;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import kz.visitfacts.facts.Fact;
import kz.visitfacts.facts.FactBase;
import kz.visitfacts.facts.FactKind;
import kz.visitfacts.facts.InvalidFactBaseException;

/**
 * The front door of matching: built once from a fact base, then answers any number of questions from
 * any number of threads. Pure: strings in, records out.
 */
public final class Matcher {
    /** Below this score nothing is shown. */
    static final double MIN_SCORE = 0.30;
    /** The share of the question (by weight) a fact must explain. */
    static final double MIN_COVERAGE = 0.50;
    /** How much a fact must explain in absolute terms, so a lone common word answers nothing. */
    static final double MIN_EVIDENCE = 1.2;
    /** The runner-up must score at most this share of the best for the best to be answered. */
    static final double MAX_RUNNER_UP_RATIO = 0.90;

    /**
     * The margin when the best fact explains a word of the question only by its context while a rival states
     * it in its own words: the rival may well be what was asked ("旅游合同": tourism is the rival's word).
     */
    static final double MAX_RUNNER_UP_RATIO_CONTEXT = 0.75;
    /** Below this weight a term is only in a fact's background (its paragraph, context, section), not its own words. */
    private static final double BACKGROUND = FactIndex.Field.PARAGRAPH.weight;
    /** From this weight a term is in a fact's own words: at least part of a word of its quote. */
    private static final double OWN_WORDS = FactIndex.Field.QUOTE.weight * 0.5;
    /** Up to this weight a term is at most in a fact's sentence, which neighbouring facts may share. */
    private static final double SENTENCE = FactIndex.Field.QUOTE.weight;
    /** From this weight a term is in what a fact states: its statement, label, keywords or figure. */
    private static final double STATED = FactIndex.Field.STATEMENT.weight;

    /** Kinds whose answer is a number: a fact without one cannot answer "how many" or "how much". */
    private static final Set<FactKind> NUMERIC = EnumSet.of(FactKind.MONEY, FactKind.COUNT, FactKind.QUANTITY,
            FactKind.PERCENT, FactKind.MULTIPLE);

    /** What "how many" asks for: a number of things or an amount, never a share or a multiple of something else. */
    private static final Set<FactKind> AMOUNTS = EnumSet.of(FactKind.COUNT, FactKind.QUANTITY);
    private static final Set<FactKind> RATIOS = EnumSet.of(FactKind.PERCENT, FactKind.MULTIPLE);
    /** Kinds that answer "who" and "which ones": a name or a list of them, never a bare number. */
    private static final Set<FactKind> NAMES = EnumSet.of(FactKind.PERSON, FactKind.ORGANIZATION, FactKind.LIST);

    /** Kinds that answer "where": a place, or the event held there. */
    private static final Set<FactKind> PLACES = EnumSet.of(FactKind.PLACE, FactKind.EVENT);

    /** Kinds that answer "when". */
    private static final Set<FactKind> TIMES = EnumSet.of(FactKind.YEAR, FactKind.DATE, FactKind.EVENT);

    private final QuestionWords words;
    /** How facts and questions are analysed: analyzer, rewrites, mechanisms switched off. */
    private final FactIndex.Analysis analysis;
    private final FactIndex index;
    private final ChineseTypos chineseTypos;
    private final Set<Mechanism> off;
    /** Which way each fact's flow goes between the subject countries, where it says. */
    private final Map<Fact, String> directions;
    private final Direction direction;
    /** What each fact's figure measures (usd, tonne, firm, person), where known. */
    private final Measures measures;
    /** "Last year" in a question counts from the newest source's year. */
    private final int referenceYear;
    /** For each fact, the facts of other sources that report the same thing, with its figure or another. */
    private final Reports reports;
    private final boolean analysedByTheBuild;
    /** Reads Kazakh typed in Latin letters as Cyrillic. */
    private final LatinKazakh latinKazakh;

    private Matcher(QuestionWords words, FactIndex.Analysis analysis, FactIndex index, ChineseTypos chineseTypos,
                    Set<Mechanism> off, Measures measures, Direction direction, Map<Fact, String> directions,
                    int referenceYear, Reports reports, boolean analysedByTheBuild, LatinKazakh latinKazakh) {
        this.analysedByTheBuild = analysedByTheBuild;
        this.latinKazakh = latinKazakh;
        this.reports = reports;
        this.direction = direction;
        this.directions = directions;
        this.words = words;
        this.analysis = analysis;
        this.index = index;
        this.chineseTypos = chineseTypos;
        this.off = off;
        this.measures = measures;
        this.referenceYear = referenceYear;
    }

    /**
     * Starts loading the slow parts (the character tables and country names, the Chinese segmenter's
     * dictionaries) on background threads, so they are ready by the time the fact base is read.
     */
    public static void warmUpInBackground() {
        if (!WARMING_UP.compareAndSet(false, true)) {
            return;
        }
        start("tables-warm-up", () -> {
            Countries.all();
            TextNormalizer.fold("貿易");
            SpelledNumbers.warmUp();
            LatinKazakh.warmUp();
        });
        // Pinyin is left for the first question typed with a homophone (a 30 ms table): at start it would only
        // take a core from the index being built.
        start("segmenter-warm-up", () -> {
            // Reading the tokens, not just opening the stream: the pair dictionary is loaded only on the first cut.
            try (SmartChineseAnalyzer analyzer = new SmartChineseAnalyzer();
                 org.apache.lucene.analysis.TokenStream tokens = analyzer.tokenStream("text", "中哈两国贸易额")) {
                tokens.reset();
                while (tokens.incrementToken()) {
                    // only loading
                }
                tokens.end();
            } catch (java.io.IOException | RuntimeException e) {
                // Only a warm-up: the real use reports any problem.
            }
        });
    }

    private static final java.util.concurrent.atomic.AtomicBoolean WARMING_UP = new java.util.concurrent.atomic.AtomicBoolean();

    private static void start(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.start();
    }

    /** Indexes a fact base; throws {@link InvalidFactBaseException} when a stated value is not its figure's number. */
    public static Matcher build(FactBase base) {
        return build(base, 1, Set.of());
    }

    /** With some mechanisms switched off: tests show what each one does. */
    static Matcher build(FactBase base, Set<Mechanism> off) {
        return build(base, 1, off);
    }

    /**
     * For benchmarks: the fact base plus {@code copies - 1} synthetic copies of every fact whose
     * distinctive terms are renamed, as if many other articles of the same kind had been added.
     */
    public static Matcher buildScaled(FactBase base, int copies) {
        return build(base, Math.max(1, copies), Set.of());
    }

    private static Matcher build(FactBase base, int copies, Set<Mechanism> off) {
        QuestionWords words = QuestionWords.from(base.language());
        TermDictionary dictionary = dictionary(base, words, off);
        FactIndex.Analysis analysis = new FactIndex.Analysis(new TextAnalyzer(dictionary, words, off), words, off);
        checkValues(base);
        // The build analysed the bundled facts already; any other base (or one with a mechanism off) is analysed now.
        java.util.Optional<AnalysedFacts> bundled = off.isEmpty() ? AnalysedFacts.bundledFor(base) : java.util.Optional.empty();
        AnalysedFacts analysed = bundled.orElseGet(() -> AnalysedFacts.analyse(base, analysis));
        List<FactIndex.Doc> docs = analysed.docs(base);
        Set<String> knownHan = new java.util.HashSet<>(dictionary.hanWords());
        knownHan.addAll(analysed.hanWords());
        Measures measures = Measures.of(base, words, off);
        Map<String, Integer> df = new HashMap<>();
        docs.forEach(d -> d.weights().keySet().forEach(k -> df.merge(k, 1, Integer::sum)));
        int original = docs.size();
        for (int c = 1; c < copies; c++) {
            for (int d = 0; d < original; d++) {
                docs.add(syntheticCopy(docs.get(d), c, df, original));
            }
        }
        int year = base.sources().stream().mapToInt(src -> src.date().getYear()).max().orElse(0);
        Direction direction = new Direction(base.lexicon().stream()
                .filter(t -> t.subject() && t.type() == kz.visitfacts.facts.LexiconTerm.TermType.COUNTRY)
                .map(t -> new Direction.Subject(t.id(), t.aliases().values().stream().flatMap(List::stream)
                        .map(a -> TextNormalizer.foldSimplified(a).strip()).toList())).toList());
        Map<Fact, String> directions = new java.util.IdentityHashMap<>();
        for (Fact f : base.facts()) {
            for (String text : f.statement().texts().values()) {
                String d = direction.of(TextNormalizer.foldSimplified(text));
                if (d != null) {
                    directions.put(f, d);
                    break;
                }
            }
        }
        Reports reports = Reports.of(base, docs.subList(0, original), measures.byFact());
        return new Matcher(words, analysis, new FactIndex(docs, off), new ChineseTypos(knownHan, words), off, measures,
                direction, directions, year, reports, bundled.isPresent(), LatinKazakh.of(base));
    }

    /** The lexicon's names and notions and the facts' Chinese keywords, as the analyzer finds them in any text. */
    private static TermDictionary dictionary(FactBase base, QuestionWords words, Set<Mechanism> off) {
        List<String> chineseWords = new ArrayList<>();
        base.facts().forEach(f -> chineseWords.addAll(f.keywords().getOrDefault(kz.visitfacts.facts.Language.ZH, List.of())));
        return new TermDictionary(base.lexicon(), chineseWords, words, !off.contains(Mechanism.REWRITES));
    }

    /**
     * For the build: analyses every fact of a base, as a start would, and writes the result, which a start with a
     * base of the same fingerprint reads instead of analysing (see {@link AnalysedFacts}).
     */
    public static void writeAnalysis(FactBase base, java.io.OutputStream out) throws java.io.IOException {
        analyseNow(base).write(out);
    }

    /** Every fact of a base analysed now, with every mechanism on, as a start without the build's analysis does. */
    static AnalysedFacts analyseNow(FactBase base) {
        QuestionWords words = QuestionWords.from(base.language());
        TextAnalyzer analyzer = new TextAnalyzer(dictionary(base, words, Set.of()), words, Set.of());
        return AnalysedFacts.analyse(base, new FactIndex.Analysis(analyzer, words, Set.of()));
    }

    /** Whether this matcher's facts were analysed by the build, not at its start. */
    public boolean analysedByTheBuild() {
        return analysedByTheBuild;
    }

    /** The facts of other sources that give the same figure for the same thing as {@code fact}. */
    public List<Fact> corroborating(Fact fact) {
        return reports.corroborating(fact);
    }

    /** The facts of other sources that give another figure for the same thing as {@code fact}. */
    public List<Fact> disagreeing(Fact fact) {
        return reports.disagreeing(fact);
    }

    /** Whether {@code other} is another source's report of {@code fact}'s thing, with the same figure or another. */
    private boolean anotherReport(Fact fact, Fact other) {
        return reports.corroborating(fact).contains(other) || reports.disagreeing(fact).contains(other);
    }

    /** A copy that keeps the common words (shared by many facts, as in any article on the topic) and renames the rest. */
    private static FactIndex.Doc syntheticCopy(FactIndex.Doc doc, int copy, Map<String, Integer> df, int n) {
        Map<String, Double> weights = new HashMap<>();
        doc.weights().forEach((k, w) -> weights.put(df.get(k) * 4 > n ? k : k + "#" + copy, w));
        return new FactIndex.Doc(doc.fact(), weights);
    }

    private static void checkValues(FactBase base) {
        List<String> errors = new ArrayList<>();
        for (Fact f : base.facts()) {
            if (f.value().isEmpty()) {
                continue;
            }
            BigDecimal v = f.value().get().number();
            boolean found = NumberReader.read(TextNormalizer.foldSimplified(f.figure())).stream()
                    .anyMatch(q -> q.value().compareTo(v) == 0);
            if (!found) {
                // The loader holds each facts file to the name <source id>.facts.json; validate adds its folder.
                errors.add(f.source().id() + ".facts.json: fact \"" + f.id() + "\": value "
                        + v.toPlainString() + " is not the number in its figure \"" + f.figure() + "\"");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFactBaseException(errors);
        }
    }

    /** A question as the matcher reads it. */
    private record Reading(TextNormalizer.Folded folded, String text, List<ChineseTypos.Correction> corrections,
                           List<Term> terms, Set<FactKind> asked, Set<String> askedMeasures, boolean typos, boolean latinKazakh) {
    }

    /** A question read, its facts ranked and the verdict on the best: computed once per question. */
    private record Judged(Reading reading, List<FactIndex.Scored> ranked, Verdict verdict) {
    }

    /**
     * Reads and ranks a question as typed; only when that gets no answer is it read again with typos
     * corrected, so a correction never replaces a reading that works (and most questions skip its cost).
     */
    private Judged judge(String question) {
        Judged exact = judge(read(question, false));
        if (off.contains(Mechanism.TYPOS) || exact.reading().terms().isEmpty() || exact.verdict() == Verdict.ANSWERED) {
            return exact;
        }
        return judge(read(question, true));
    }

    private Judged judge(Reading r) {
        List<FactIndex.Scored> ranked = r.terms().isEmpty() ? List.of() : rank(r);
        return new Judged(r, ranked, verdict(r, ranked));
    }

    private Reading read(String question, boolean typos) {
        String q = question == null ? "" : question;
        LatinKazakh.Reading latin = off.contains(Mechanism.LATIN_KAZAKH) ? new LatinKazakh.Reading(q, false) : latinKazakh.read(q);
        TextNormalizer.Folded folded = TextNormalizer.fold(latin.text());
        String text = analysis.prepare(folded.text());
        List<ChineseTypos.Correction> corrections = new ArrayList<>();
        if (typos) {
            text = chineseTypos.correct(text, corrections);
        }
        List<Term> terms = analysis.analyzer().terms(text, referenceYear);
        Set<String> askedMeasures = off.contains(Mechanism.MEASURES) ? Set.of()
                : words.askedMeasures(text, !off.contains(Mechanism.CHINESE_MEASURES_APART));
        return new Reading(folded, text, corrections, terms, words.askedKinds(text), askedMeasures, typos, latin.latin());
    }

    /**
     * The facts that could answer, best first: a question for a number leaves out the facts without one, and a
     * question for a unit or a counted thing ("how many agreements") the figures of another measure, when any
     * fact has that measure — their value in dollars, however close in words, is not what was asked.
     */
    private List<FactIndex.Scored> rank(Reading r) {
        List<FactIndex.Scored> ranked = index.search(r.terms(), r.asked(), r.typos());
        if (!r.asked().isEmpty() && NUMERIC.containsAll(r.asked())) {
            List<FactIndex.Scored> numbers = ranked.stream().filter(s -> s.fact().value().isPresent()).toList();
            ranked = numbers.isEmpty() ? ranked : numbers;
        }
        if (!r.askedMeasures().isEmpty() && !off.contains(Mechanism.MEASURE_FIRST)) {
            List<FactIndex.Scored> fitting = ranked.stream().filter(s -> measures.fit(r.askedMeasures(), s.fact())).toList();
            ranked = fitting.isEmpty() ? ranked : fitting;
        }
        return ranked;
    }

    /** Why a question was answered or refused. */
    enum Verdict {
        ANSWERED("the best fact explains the question and stands clear of the runner-up"),
        NO_WORDS("the question has no words to match"),
        NO_CANDIDATE("no fact shares a word with the question (or every one lacks a name or number it gives)"),
        LOW_SCORE("the best fact scores below " + MIN_SCORE),
        LOW_COVERAGE("the best fact explains less than " + (int) (MIN_COVERAGE * 100) + "% of the question"),
        LOW_EVIDENCE("the words the best fact shares with the question are too common to count"),
        NOT_A_NUMBER("the question asks for a number and the best fact has none"),
        NOT_A_TIME("the question asks when and the best fact gives no time"),
        NOT_A_NAME("the question asks who or which and the best fact's figure is a number"),
        NOT_A_PLACE("the question asks where and the best fact's figure is a number"),
        ONLY_A_NAME("the best fact shares only a name with the question, which asks about a word the fact lacks"),
        NOT_AN_AMOUNT("the question asks how many and the best fact's figure is a share or a multiple"),
        WRONG_MEASURE("the question asks for a unit or a counted thing the best fact's figure is not"),
        REVERSED("the question asks about a flow the other way between the two countries"),
        TOO_CLOSE("the runner-up scores over " + (int) (MAX_RUNNER_UP_RATIO * 100) + "% of the best");

        final String why;

        Verdict(String why) {
            this.why = why;
        }
    }

    private Verdict verdict(Reading r, List<FactIndex.Scored> ranked) {
        if (r.terms().isEmpty()) {
            return Verdict.NO_WORDS;
        }
        if (ranked.isEmpty()) {
            return Verdict.NO_CANDIDATE;
        }
        FactIndex.Scored best = ranked.get(0);
        if (best.score() < MIN_SCORE) {
            return Verdict.LOW_SCORE;
        }
        if (best.coverage() < MIN_COVERAGE) {
            return Verdict.LOW_COVERAGE;
        }
        if (onlyANameBesideTheUnknown(r, best.fact())) {
            return Verdict.ONLY_A_NAME;
        }
        if (best.evidence() < MIN_EVIDENCE) {
            return Verdict.LOW_EVIDENCE;
        }
        if (!r.asked().isEmpty() && NUMERIC.containsAll(r.asked()) && best.fact().value().isEmpty()) {
            return Verdict.NOT_A_NUMBER;
        }
        if (!r.asked().isEmpty() && TIMES.containsAll(r.asked()) && !TIMES.contains(best.fact().kind())
                && best.fact().value().isEmpty()) {
            return Verdict.NOT_A_TIME;
        }
        if (!r.asked().isEmpty() && NAMES.containsAll(r.asked()) && NUMERIC.contains(best.fact().kind())) {
            return Verdict.NOT_A_NAME;
        }
        if (r.asked().contains(FactKind.PLACE) && PLACES.containsAll(r.asked()) && !PLACES.contains(best.fact().kind())
                && best.fact().value().isPresent() && !off.contains(Mechanism.PLACES_NOT_NUMBERS)) {
            // "Where were the agreements signed" is not answered by their number, even if the sentence names the city.
            return Verdict.NOT_A_PLACE;
        }
        if (!r.asked().isEmpty() && AMOUNTS.containsAll(r.asked()) && RATIOS.contains(best.fact().kind())
                && !off.contains(Mechanism.AMOUNTS_NOT_RATIOS)) {
            // "How many tourists came" is not answered by the share by which their number grew.
            return Verdict.NOT_AN_AMOUNT;
        }
        if (!r.askedMeasures().isEmpty() && !measures.fit(r.askedMeasures(), best.fact())) {
            return Verdict.WRONG_MEASURE;
        }
        if (!off.contains(Mechanism.DIRECTION) && Direction.opposite(direction.of(r.text()), directions.get(best.fact()))) {
            return Verdict.REVERSED;
        }
        double margin = !off.contains(Mechanism.CONTESTED_WORDS) && leansOnContext(r, best, ranked) ? MAX_RUNNER_UP_RATIO_CONTEXT
                : MAX_RUNNER_UP_RATIO;
        if (runnerUp(r, ranked) > best.score() * margin) {
            return Verdict.TOO_CLOSE;
        }
        return Verdict.ANSWERED;
    }

    /**
     * Whether the best fact shares only names with the question (Astana, Putin, the SCO) while the question asks about
     * a word the best lacks, whether no fact has it ("погода в Астане") or another does ("What did Putin say about the
     * SCO bank?"): what is asked is not in this fact, only who or where. By coverage such a question sits at about
     * half, on one side or the other as sources are added.
     */
    private boolean onlyANameBesideTheUnknown(Reading r, Fact best) {
        if (off.contains(Mechanism.NAME_BESIDE_UNKNOWN)) {
            return false;
        }
        // Most questions share some word with the best as typed: that settles it without looking for typos.
        for (Term t : r.terms()) {
            if (isNamed(t) || index.weightIn(best, t.key()) == 0) {
                continue;
            }
            return false;
        }
        boolean unknown = false;
        for (Term t : r.terms()) {
            FactIndex.Resolved key = index.resolve(t, r.typos());
            boolean inBest = index.weightIn(best, key.key()) > 0;
            if (!isNamed(t) && inBest) {
                return false;
            }
            // A word the best lacks, whether another fact has it ("the SCO bank") or none does ("погода").
            unknown |= (t.type() == Term.Type.WORD || t.type() == Term.Type.CONCEPT) && t.weight() >= 1.0 && !inBest;
        }
        return unknown;
    }

    /** A name (Astana, China) or the spelling beside a name or notion: where, not what. */
    private static boolean isNamed(Term t) {
        return t.type() == Term.Type.ENTITY || t.type() == Term.Type.SUBJECT || t.type() == Term.Type.PART;
    }

    /**
     * Whether a close rival owns a question word the best fact has only around it: in its background while the
     * rival's own words hold it, or only in the sentence it shares with the rival, whose figure is about that word
     * (2024年贸易额…，投资累计…: "investment" belongs to the investment fact, not to the trade figure beside it).
     */
    private boolean leansOnContext(Reading r, FactIndex.Scored best, List<FactIndex.Scored> ranked) {
        for (Term t : r.terms()) {
            if (t.weight() < 1 || t.type() == Term.Type.SUBJECT || t.type() == Term.Type.PART) {
                continue;
            }
            String key = index.resolve(t, r.typos()).key();
            double inBest = index.weightIn(best.fact(), key);
            if (inBest == 0 || inBest > SENTENCE) {
                continue;
            }
            for (FactIndex.Scored rival : ranked.subList(1, Math.min(ranked.size(), 4))) {
                if (rival.score() <= best.score() * MAX_RUNNER_UP_RATIO_CONTEXT || index.kindFactor(rival.fact(), r.asked()) < 1
                        || anotherReport(best.fact(), rival.fact())) {
                    // A rival far behind, a number of another kind than asked, or another source's report of the
                    // same thing could not be what was meant instead.
                    continue;
                }
                double inRival = index.weightIn(rival.fact(), key);
                boolean background = inBest <= BACKGROUND && inRival >= OWN_WORDS;
                boolean sharedSentence = rival.fact().quote().equals(best.fact().quote()) && inRival >= STATED;
                if (background || sharedSentence) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The score of the best rival: a fact whose figure is of another measure than the one asked could never be
     * answered, so it does not make the best doubtful (70 agreements against their value in dollars).
     */
    private double runnerUp(Reading r, List<FactIndex.Scored> ranked) {
        for (FactIndex.Scored s : ranked.subList(1, ranked.size())) {
            if (anotherReport(ranked.get(0).fact(), s.fact())) {
                // Another source giving the same figure for the same thing backs the best up; one giving another
                // figure for it is shown beside the best, each with its source. Neither is a rival.
                continue;
            }
            if (off.contains(Mechanism.MEASURES) || r.askedMeasures().isEmpty() || measures.fit(r.askedMeasures(), s.fact())) {
                return s.score();
            }
        }
        return 0;
    }

    /** Matches one question. Never throws on any string, however odd. */
    public Match match(String question) {
        Judged j = judge(question);
        List<Candidate> qualified = new ArrayList<>();
        for (FactIndex.Scored s : j.ranked()) {
            if (s.score() >= MIN_SCORE && s.coverage() >= MIN_COVERAGE) {
                qualified.add(new Candidate(s.fact(), s.score()));
            }
        }
        return new Match(qualified, j.verdict() == Verdict.ANSWERED, j.reading().folded().traditional(), j.reading().latinKazakh());
    }

    /** Why a question gets the answer it gets: how it was read, its top candidates term by term, the rules applied. */
    public Explanation explain(String question, int top) {
        Judged j = judge(question);
        Reading r = j.reading();
        List<FactIndex.Scored> ranked = j.ranked();
        List<Explanation.TermLine> termLines = new ArrayList<>();
        for (Term t : r.terms()) {
            FactIndex.Resolved res = index.resolve(t, r.typos());
            termLines.add(new Explanation.TermLine(t.key(), t.type().name().toLowerCase(java.util.Locale.ROOT), t.weight(),
                    index.idf(res.key(), t), res.key(), res.via().name().toLowerCase(java.util.Locale.ROOT)));
        }
        List<Explanation.CandidateLine> candidates = new ArrayList<>();
        for (FactIndex.Scored s : ranked.subList(0, Math.min(top, ranked.size()))) {
            Map<String, FactIndex.Hit> hits = FactIndex.analyse(s.fact(), analysis, new java.util.HashMap<>());
            List<String> matched = new ArrayList<>();
            for (Term t : r.terms()) {
                FactIndex.Resolved res = index.resolve(t, r.typos());
                FactIndex.Hit hit = hits.get(res.key());
                if (hit != null) {
                    matched.add(res.key() + " in " + hit.field().name().toLowerCase(java.util.Locale.ROOT)
                            + (hit.field() == FactIndex.Field.CONTEXT ? " (context)" : hit.field() == FactIndex.Field.QUESTION
                            ? " (alternate question)" : "") + (res.via() == FactIndex.Via.EXACT ? "" : " via " + res.via().name().toLowerCase(java.util.Locale.ROOT))
                            + String.format(java.util.Locale.ROOT, " %.2f", hit.weight()));
                }
            }
            double factor = index.kindFactor(s.fact(), r.asked());
            String kindRule = r.asked().isEmpty() ? "no kind asked" : factor > 1 ? "kind asked: boosted"
                    : factor < 1 ? "another kind of number: marked down" : "kind not asked";
            candidates.add(new Explanation.CandidateLine(s.fact().id(), s.fact().figure(), s.score(), s.coverage(),
                    s.evidence(), kindRule, measures.of(s.fact()), matched));
        }
        Verdict v = j.verdict();
        List<String> corrections = r.corrections().stream().map(c -> c.from() + " → " + c.to()).toList();
        return new Explanation(question == null ? "" : question, r.text(), corrections, termLines,
                r.asked().stream().map(FactKind::code).sorted().toList(), r.askedMeasures().stream().sorted().toList(),
                candidates, v == Verdict.ANSWERED, v.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ": " + v.why);
    }

    public int size() {
        return index.size();
    }
}
