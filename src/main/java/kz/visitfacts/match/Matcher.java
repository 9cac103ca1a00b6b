package kz.visitfacts.match;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.visitfacts.facts.Fact;
import kz.visitfacts.facts.FactBase;
import kz.visitfacts.facts.InvalidFactBaseException;
import kz.visitfacts.facts.Language;
import kz.visitfacts.facts.LexiconTerm;

/**
 * The front door of matching: built once from a fact base, then answers any number of questions from
 * any number of threads. Pure: strings in, records out. A question is read ({@link QuestionReader}), its facts
 * ranked ({@link Ranking}), the best assessed ({@link Assessor}) and answered when the {@link DecisionModel} gives it
 * a chance of being right above its threshold.
 */
public final class Matcher {
    /** How many facts a refusal suggests. */
    private static final int NEAREST = 3;
    /** A candidate below this score, or explaining less than this share of the question, is not worth listing. */
    private static final double LISTED_SCORE = 0.30;
    private static final double LISTED_COVERAGE = 0.50;

    private final QuestionReader reader;
    private final FactIndex index;
    private final Ranking ranking;
    private final Assessor assessor;
    private final DecisionModel model;
    private final Explainer explainer;
    private final Reports reports;
    private final Set<Mechanism> off;
    private final boolean analysedByTheBuild;
    private final QuestionWords words;
    private final Premises premises;
    private final SentenceAnswers sentenceAnswers;

    private Matcher(QuestionReader reader, FactIndex index, Ranking ranking, Assessor assessor, DecisionModel model,
                    Explainer explainer, Reports reports, Set<Mechanism> off, boolean analysedByTheBuild,
                    QuestionWords words, Premises premises, SentenceAnswers sentenceAnswers) {
        this.words = words;
        this.sentenceAnswers = sentenceAnswers;
        this.premises = premises;
        this.reader = reader;
        this.index = index;
        this.ranking = ranking;
        this.assessor = assessor;
        this.model = model;
        this.explainer = explainer;
        this.reports = reports;
        this.off = off;
        this.analysedByTheBuild = analysedByTheBuild;
    }

    /** Starts loading the slow parts in the background, so they are ready by the time the fact base is read. */
    public static void warmUpInBackground() {
        WarmUp.inBackground();
    }

    /** Indexes a fact base; throws {@link InvalidFactBaseException} when a stated value is not its figure's number. */
    public static Matcher build(FactBase base) {
        return build(base, 1, Set.of(), DecisionModel.bundled());
    }

    /** With some mechanisms switched off: tests show what each one does. */
    static Matcher build(FactBase base, Set<Mechanism> off) {
        return build(base, 1, off, DecisionModel.bundled());
    }

    /** With another decision model: for fitting one. */
    static Matcher build(FactBase base, Set<Mechanism> off, DecisionModel model) {
        return build(base, 1, off, model);
    }

    /**
     * For benchmarks: the fact base plus {@code copies - 1} synthetic copies of every fact whose
     * distinctive terms are renamed, as if many other articles of the same kind had been added.
     */
    public static Matcher buildScaled(FactBase base, int copies) {
        return build(base, Math.max(1, copies), Set.of(), DecisionModel.bundled());
    }

    private static Matcher build(FactBase base, int copies, Set<Mechanism> off, DecisionModel model) {
        QuestionWords words = QuestionWords.from(base.language());
        TermDictionary dictionary = dictionary(base, words, off);
        FactIndex.Analysis analysis = new FactIndex.Analysis(new TextAnalyzer(dictionary, words, off), words, off);
        checkValues(base);
        // The build analysed the bundled facts already; any other base (or one with a mechanism off) is analysed now.
        Optional<AnalysedFacts> bundled = off.isEmpty() ? AnalysedFacts.bundledFor(base) : Optional.empty();
        AnalysedFacts analysed = bundled.orElseGet(() -> AnalysedFacts.analyse(base, analysis));
        List<FactIndex.Doc> docs = analysed.docs(base);
        Set<String> knownHan = new HashSet<>(dictionary.hanWords());
        knownHan.addAll(analysed.hanWords());
        knownHan.addAll(words.chinesePremises());
        Measures measures = Measures.of(base, words, off);
        Reports reports = Reports.of(base, docs, measures.byFact());
        SyntheticCopies.add(docs, copies);
        int year = base.sources().stream().mapToInt(src -> src.date().getYear()).max().orElse(0);
        Direction direction = direction(base);
        FactIndex index = new FactIndex(docs, off);
        Ranking ranking = new Ranking(index, measures, reports, off);
        SentenceValues values = SentenceValues.of(base, analysis.analyzer());
        Assessor assessor = new Assessor(index, ranking, measures, direction, directions(base, direction), values, words, off);
        FunctionWordTypos functionWordTypos = new FunctionWordTypos(words, WordFrequencies.shipped(), index::holdsWord);
        FactWordTypos factWordTypos = new FactWordTypos(WordFrequencies.shipped(), index::holdsWord, index::stemOneEditAway,
                FactWordTypos.textsOf(base));
        QuestionReader reader = new QuestionReader(analysis, new ChineseTypos(knownHan, words), functionWordTypos, factWordTypos,
                LatinKazakh.of(base), off, year);
        return new Matcher(reader, index, ranking, assessor, model, new Explainer(index, analysis, measures, model),
                reports, off, bundled.isPresent(), words, Premises.of(base, index, words, off),
                new SentenceAnswers(values, ranking, off));
    }

    /** The lexicon's names and notions and the facts' Chinese keywords, as the analyzer finds them in any text. */
    private static TermDictionary dictionary(FactBase base, QuestionWords words, Set<Mechanism> off) {
        List<String> chineseWords = new ArrayList<>();
        base.facts().forEach(f -> chineseWords.addAll(f.keywords().getOrDefault(Language.ZH, List.of())));
        return new TermDictionary(base.lexicon(), chineseWords, words, !off.contains(Mechanism.REWRITES));
    }

    /** The subject countries (China, Kazakhstan) by all their names, to tell which way a flow goes. */
    private static Direction direction(FactBase base) {
        return new Direction(base.lexicon().stream()
                .filter(t -> t.subject() && t.type() == LexiconTerm.TermType.COUNTRY)
                .map(t -> new Direction.Subject(t.id(), t.aliases().values().stream().flatMap(List::stream)
                        .map(a -> TextNormalizer.foldSimplified(a).strip()).toList())).toList());
    }

    /** Which way each fact's flow goes, as its statement says in the first language that says it (zh, en, ru, kk). */
    private static Map<Fact, String> directions(FactBase base, Direction direction) {
        Map<Fact, String> directions = new IdentityHashMap<>();
        for (Fact f : base.facts()) {
            // In the languages' order: the map's own order changes from run to run, and two statements may disagree.
            for (Language l : Language.values()) {
                String text = f.statement().texts().get(l);
                String d = text == null ? null : direction.of(TextNormalizer.foldSimplified(text));
                if (d != null) {
                    directions.put(f, d);
                    break;
                }
            }
        }
        return directions;
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

    /**
     * Reads and ranks a question as typed; only when that gets no answer, or some word of it is a mistyped word
     * ({@link QuestionReader#mistyped}), is it read again with typos corrected. A correction replaces a reading that
     * works only in the second case, where the word as typed weighed as a rare word no fact has and the answer went
     * round it ("сколько саглашений заключили бизнесмены": the businesspeople, not the agreements); most questions skip
     * its cost.
     */
    Judged judge(String question) {
        List<Judged> readings = readings(question, true);
        for (Judged j : readings) {
            if (j.answered()) {
                return j;
            }
        }
        Judged exact = readings.stream().filter(j -> !j.reading().typos()).findFirst().orElseThrow();
        Judged corrected = readings.stream().filter(j -> j.reading().typos()).findFirst().orElse(exact);
        return exact.ranked().isEmpty() ? corrected : exact;
    }

    /**
     * Every reading of a question the decision may weigh, in the order it weighs them: as typed, then, where some
     * word is unknown, with typos corrected; the other way round where a word was mistyped. For fitting the model,
     * whose verdicts decide which one is used.
     */
    List<Judged> readings(String question) {
        return readings(question, false);
    }

    private List<Judged> readings(String question, boolean stopAtAnAnswer) {
        Judged exact = judge(reader.read(question, false));
        if (off.contains(Mechanism.TYPOS) || exact.reading().terms().isEmpty() || allKnown(exact.reading())) {
            return List.of(exact);
        }
        // Looked up word by word, each kept: reading the question again costs more, and most answers need no second.
        boolean typedWrong = reader.mistyped(exact.reading());
        if (stopAtAnAnswer && exact.answered() && !typedWrong) {
            return List.of(exact);
        }
        Judged second = judge(reader.read(question, true));
        return typedWrong ? List.of(second, exact) : List.of(exact, second);
    }

    /** Whether a question claims what its best fact does not say ({@link Premises}). */
    boolean claimsWhatItsBestDoesNot(Reading r, Fact best) {
        return premises.unsupported(r, best);
    }

    /** Whether every word of a reading is one a fact holds: then there is no typo to correct. */
    private boolean allKnown(Reading r) {
        for (Term t : r.terms()) {
            if (t.type() != Term.Type.PART && index.resolve(t, false).via() == FactIndex.Via.NONE) {
                return false;
            }
        }
        return true;
    }

    /**
     * The least evidence an answer needs: about one telling word at half its weight. The answered questions of the
     * project's tables and samples hold at least 2.5 (a quarter more); a lone common word holds about 0.5 to 1.
     */
    static final double MIN_ANSWER_EVIDENCE = 2.0;

    private Judged judge(Reading r) {
        if (r.terms().isEmpty()) {
            return new Judged(r, List.of(), null, 0, Verdict.NO_WORDS, Optional.empty(), false);
        }
        List<FactIndex.Scored> ranked = ranking.rank(r);
        if (ranked.isEmpty()) {
            return new Judged(r, ranked, null, 0, Verdict.NO_CANDIDATE, Optional.empty(), false);
        }
        ranked = sentenceAnswers.answererFirst(r, ranked);
        Assessor.Assessment assessment = assessor.assess(r, ranked);
        Features features = assessment.features();
        Optional<Mismatch> mismatch = assessment.mismatch();
        Optional<SentenceValues.Value> fromSentence = sentenceAnswers.of(r, ranked.get(0).fact(), mismatch);
        if (fromSentence.isPresent()) {
            // The answer is the value of the kind asked: judged as a figure that fits, with nothing amiss in its kind,
            // against the nearest fact that would answer otherwise (the facts of one sentence answer "where" alike).
            features = features.fitting(FactIndex.KIND_BOOST, sentenceAnswers.runnerUpBesides(r, ranked, fromSentence.get()));
            mismatch = Optional.empty();
        }
        double chance = model.chance(features);
        // Below the evidence of any question the model was fitted on, its chance is an extrapolation: one common word
        // ("how much money?") is not enough to name a figure, however alone its fact is.
        boolean tooLittle = ranked.get(0).evidence() < MIN_ANSWER_EVIDENCE && !off.contains(Mechanism.EVIDENCE_FLOOR);
        // Two facts that hold the very same words of the question as firmly, scored nearly alike, are a guess between two
        // figures ("how many weekly flights": the new ones or all, from one sentence): no model weight should make it one.
        boolean tied = !off.contains(Mechanism.TIES) && features.runnerUpRatio() >= TIED && assessor.sameWords(r, ranked);
        Verdict verdict = mismatch.isPresent() ? Verdict.MISMATCH
                : tooLittle ? Verdict.TOO_LITTLE : tied ? Verdict.TIED
                : chance >= model.threshold() ? Verdict.ANSWERED : Verdict.UNLIKELY;
        // Only an answer is checked for a claim its fact does not make: a refusal is one either way.
        boolean premise = verdict == Verdict.ANSWERED && claimsWhatItsBestDoesNot(r, ranked.get(0).fact());
        return new Judged(r, ranked, features, chance, verdict, mismatch, premise, fromSentence);
    }

    /** How near its rival's score the best's may be, on the same words, and still be told from it: within a tenth. */
    static final double TIED = 0.9;

    /** The most words of its own a follow-up naming nothing may have and still be read as about the topic in context. */
    static final int ELLIPTICAL_WORDS = 2;

    /** Matches one question on its own. Never throws on any string, however odd. */
    public Match match(String question) {
        return match(question, null);
    }

    /**
     * Matches a message of a conversation, {@code context} being what it was just asked (null: none). A message that
     * answers on its own is matched alone, unless it has hardly a word of its own and the conversation's frame points
     * elsewhere ("в какой области?" after the wind plant); a follow-up is answered with the frame only by a fact that
     * holds some word of the follow-up itself, so carried words alone never turn a refusal into another figure.
     */
    public Match match(String question, Context context) {
        return toMatch(outcome(question, context));
    }

    /** The reading a message is answered by, the fact it follows up (or null), and the topic it leaves. */
    private record Outcome(Judged judged, Fact followedUp, Fact topic, Context context, Context kindsKept) {
        Outcome(Judged judged, Fact followedUp, Fact topic, Context context) {
            this(judged, followedUp, topic, context, null);
        }
    }

    /**
     * The frame whose kinds asked a message answered alone passes on, when it only swapped a name ("那中国华电呢？"
     * after which province Sinopec invests in): the next "CNPC呢？" still asks for a province. Null: none.
     */
    private Context kindsKept(Judged alone, Context context) {
        boolean keeps = !off.contains(Mechanism.NAME_SWAPS) && alone.reading().asked().isEmpty()
                && QuestionReader.swapsAName(alone.reading(), context);
        return keeps ? context : null;
    }

    private Outcome outcome(String question, Context context) {
        Judged alone = judge(question);
        if (context == null || off.contains(Mechanism.FOLLOW_UPS)) {
            return new Outcome(alone, null, alone.answered() ? alone.ranked().get(0).fact() : null, null);
        }
        List<Term> own = QuestionReader.contentTerms(alone.reading());
        Judged merged = judge(reader.withContext(alone.reading(), context));
        Fact before = context.topic().orElse(null);
        // The follow-up's own words must be what the fact states, not only words of its sentence or around it.
        boolean grounded = merged.answered() && (own.isEmpty() || own.stream().anyMatch(t -> index.weightIn(
                merged.ranked().get(0).fact(), index.resolve(t, merged.reading().typos()).key()) >= FactIndex.Field.STATEMENT.weight));
        // A short message naming nothing (no name, no number) whose answer alone has nothing of the topic in context is
        // most likely about that topic ("总投资多少钱？" after a plant is the plant's cost, not China's investment); a
        // longer one says what it is about ("And who else will invest in renewables?" after the plant).
        boolean elliptical = own.size() <= ELLIPTICAL_WORDS
                && own.stream().noneMatch(t -> t.type() == Term.Type.ENTITY || t.type() == Term.Type.NUMBER);
        boolean offTopic = alone.answered() && elliptical && !holdsSomeOf(alone.ranked().get(0).fact(), context);
        boolean standsAlone = alone.answered() && !offTopic && (own.size() > 1 || !grounded
                || alone.ranked().get(0).fact() == merged.ranked().get(0).fact());
        if (standsAlone) {
            return new Outcome(alone, null, alone.ranked().get(0).fact(), null, kindsKept(alone, context));
        }
        // "Which year?" in a conversation asks the year of the topic: a year from another fact's sentence, which has
        // nothing of the topic, answers another question ("預計哪一年能達到？" after a freight target). A follow-up that
        // names that fact itself, as its figure, label or keywords say it ("媒体代表那个讨论呢？什么时候？"), asks its year.
        if (grounded && merged.fromSentence().isPresent() && merged.ranked().get(0).fact() != before
                && !holdsSomeOf(merged.ranked().get(0).fact(), context) && !names(own, merged)) {
            grounded = false;
        }
        if (grounded) {
            return new Outcome(merged, before, merged.ranked().get(0).fact(), context);
        }
        if (!off.contains(Mechanism.NAME_SWAPS) && QuestionReader.swapsAName(alone.reading(), context)) {
            // "А CNPC?": the frame's question about the new name, with none of the old name's fact's words.
            Judged swapped = judge(QuestionReader.withKindsOf(alone.reading(), context));
            if (swapped.answered()) {
                return new Outcome(swapped, before, swapped.ranked().get(0).fact(), context);
            }
        }
        // Refused either way: the suggestions are about the topic in context, and the topic stays for the next message.
        return new Outcome(merged.answered() ? withVerdict(merged, Verdict.UNGROUNDED) : merged, before, before, context);
    }

    /** Whether some of a follow-up's own terms name the best fact of a reading: its figure, label or keywords hold them. */
    private boolean names(List<Term> own, Judged j) {
        Fact fact = j.ranked().get(0).fact();
        return own.stream().anyMatch(t -> index.weightIn(fact, index.resolve(t, j.reading().typos()).key()) >= FactIndex.Field.LABEL.weight);
    }

    /** Whether a fact holds, in its own sentence or words, some name, notion or word the conversation was about. */
    private boolean holdsSomeOf(Fact fact, Context context) {
        for (Term t : context.terms) {
            boolean topical = t.type() == Term.Type.ENTITY || t.type() == Term.Type.CONCEPT || t.type() == Term.Type.WORD;
            if (topical && t.weight() >= TextAnalyzer.VERB_WEIGHT
                    && index.weightIn(fact, index.resolve(t, false).key()) >= FactIndex.Field.QUOTE.weight) {
                return true;
            }
        }
        return false;
    }

    private static Judged withVerdict(Judged j, Verdict v) {
        return new Judged(j.reading(), j.ranked(), j.features(), j.chance(), v, j.mismatch(), false, j.fromSentence());
    }

    private Match toMatch(Outcome o) {
        Judged j = o.judged();
        List<Candidate> candidates = new ArrayList<>();
        for (FactIndex.Scored s : j.ranked()) {
            boolean answer = j.answered() && candidates.isEmpty();
            if (answer) {
                candidates.add(new Candidate(j.answer(), s.score()));
            } else if (s.score() >= LISTED_SCORE && s.coverage() >= LISTED_COVERAGE) {
                candidates.add(new Candidate(s.fact(), s.score()));
            }
        }
        Reading r = j.reading();
        Context kept = o.kindsKept();
        Context next = kept == null ? new Context(r.terms(), r.asked(), r.askedMeasures(), r.asking(), o.topic())
                : new Context(r.terms(), kept.asked, kept.askedMeasures, r.asking(), o.topic());
        return new Match(candidates, j.answered(), r.folded().traditional(), r.latinKazakh(), j.chance(), reason(j), nearest(j),
                j.premiseUnsupported(), Optional.ofNullable(o.followedUp()), next);
    }

    /** The verdict's code, and for an unlikely best what speaks against it most. */
    private String reason(Judged j) {
        if (j.verdict() == Verdict.MISMATCH) {
            return j.verdict().code() + ": " + j.mismatch().orElseThrow().code();
        }
        if (j.verdict() != Verdict.UNLIKELY) {
            return j.verdict().code();
        }
        List<DecisionModel.Pull> against = model.against(j.features());
        return j.verdict().code() + (against.isEmpty() ? "" : ": " + against.get(0).feature());
    }

    /**
     * The facts nearest a question, for a refusal to suggest: those holding the most telling of its words, whatever
     * share of the question they explain.
     */
    private List<Fact> nearest(Judged j) {
        if (j.answered()) {
            return List.of();
        }
        return j.ranked().stream()
                .sorted(java.util.Comparator.comparingDouble((FactIndex.Scored s) -> -s.evidence()))
                .map(FactIndex.Scored::fact).distinct().limit(NEAREST).toList();
    }

    /** The features of a question's best fact, for fitting the decision model; empty when no fact is a candidate. */
    Optional<Features> features(String question) {
        return Optional.ofNullable(judge(question).features());
    }

    /** Why a question gets the answer it gets: how it was read, its top candidates term by term, the decision. */
    public Explanation explain(String question, int top) {
        return explain(question, null, top);
    }

    /** As above, for a message of a conversation: what it inherited from {@code context}, if it was read with it. */
    public Explanation explain(String question, Context context, int top) {
        Outcome o = outcome(question == null ? "" : question, context);
        List<String> inherited = new ArrayList<>();
        if (o.context() != null) {
            inherited.add("follow-up to: " + (o.followedUp() == null ? "(no answered fact)" : o.followedUp().id())
                    + "; kinds asked " + o.context().asked + ", measures " + o.context().askedMeasures);
            Set<String> own = new HashSet<>(QuestionReader.contentTerms(judge(question).reading()).stream().map(Term::key).toList());
            for (Term t : o.judged().reading().terms()) {
                if (o.context().terms.stream().anyMatch(c -> c.key().equals(t.key())) && !own.contains(t.key())) {
                    inherited.add(String.format(java.util.Locale.ROOT, "inherited: %s %.2f", t.key(), t.weight()));
                }
            }
        }
        return explainer.explain(question == null ? "" : question, o.judged(), top, inherited);
    }

    public int size() {
        return index.size();
    }
}
