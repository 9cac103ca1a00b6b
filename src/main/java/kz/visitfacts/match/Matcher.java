package kz.visitfacts.match;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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

    /** Kinds whose answer is a number: a fact without one cannot answer "how many" or "how much". */
    private static final Set<FactKind> NUMERIC = EnumSet.of(FactKind.MONEY, FactKind.COUNT, FactKind.QUANTITY,
            FactKind.PERCENT, FactKind.MULTIPLE);

    private final QuestionWords words;
    private final TextAnalyzer analyzer;
    private final FactIndex index;
    /** "Last year" in a question counts from the newest source's year. */
    private final int referenceYear;

    private Matcher(QuestionWords words, TextAnalyzer analyzer, FactIndex index, int referenceYear) {
        this.words = words;
        this.analyzer = analyzer;
        this.index = index;
        this.referenceYear = referenceYear;
    }

    /**
     * Starts loading the slow parts (ICU's transliterator and country names, the Chinese segmenter's
     * dictionaries) on a background thread, so they are ready by the time the fact base is read.
     */
    public static void warmUpInBackground() {
        if (!WARMING_UP.compareAndSet(false, true)) {
            return;
        }
        start("icu-warm-up", () -> {
            Countries.all();
            TextNormalizer.fold("貿易");
        });
        start("segmenter-warm-up", () -> {
            try (SmartChineseAnalyzer analyzer = new SmartChineseAnalyzer()) {
                analyzer.tokenStream("text", "中哈两国贸易额").close();
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
        return build(base, 1);
    }

    /**
     * For benchmarks: the fact base plus {@code copies - 1} synthetic copies of every fact whose
     * distinctive terms are renamed, as if many other articles of the same kind had been added.
     */
    public static Matcher buildScaled(FactBase base, int copies) {
        return build(base, Math.max(1, copies));
    }

    private static Matcher build(FactBase base, int copies) {
        QuestionWords words = QuestionWords.load();
        List<String> chineseWords = new ArrayList<>();
        base.facts().forEach(f -> chineseWords.addAll(f.keywords().getOrDefault(kz.visitfacts.facts.Language.ZH, List.of())));
        TextAnalyzer analyzer = new TextAnalyzer(new TermDictionary(base.lexicon(), chineseWords, words), words);
        checkValues(base);
        // Facts are independent and the analyzer is thread-safe: index them on every core.
        // Facts of one paragraph share its text, its section and often their quote: analyse each text once.
        Map<String, List<Term>> analysed = new ConcurrentHashMap<>();
        List<FactIndex.Doc> docs = new ArrayList<>(base.facts().parallelStream()
                .map(f -> FactIndex.index(f, analyzer, analysed)).toList());
        Map<String, Integer> df = new HashMap<>();
        docs.forEach(d -> d.weights().keySet().forEach(k -> df.merge(k, 1, Integer::sum)));
        int original = docs.size();
        for (int c = 1; c < copies; c++) {
            for (int d = 0; d < original; d++) {
                docs.add(syntheticCopy(docs.get(d), c, df, original));
            }
        }
        int year = base.sources().stream().mapToInt(src -> src.date().getYear()).max().orElse(0);
        return new Matcher(words, analyzer, new FactIndex(docs), year);
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
                // The loader holds each facts file to the name <source id>.facts.json.
                errors.add("facts/" + f.source().id() + ".facts.json: fact \"" + f.id() + "\": value "
                        + v.toPlainString() + " is not the number in its figure \"" + f.figure() + "\"");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFactBaseException(errors);
        }
    }

    /** Matches one question. Never throws on any string, however odd. */
    public Match match(String question) {
        TextNormalizer.Folded folded = TextNormalizer.fold(question == null ? "" : question);
        List<Term> terms = analyzer.terms(folded.text(), referenceYear);
        if (terms.isEmpty()) {
            return new Match(List.of(), false, folded.traditional());
        }
        Set<FactKind> asked = words.askedKinds(folded.text());
        List<FactIndex.Scored> ranked = index.search(terms, asked);
        List<Candidate> qualified = new ArrayList<>();
        for (FactIndex.Scored s : ranked) {
            if (s.score() >= MIN_SCORE && s.coverage() >= MIN_COVERAGE) {
                qualified.add(new Candidate(s.fact(), s.score()));
            }
        }
        FactIndex.Scored best = ranked.isEmpty() ? null : ranked.get(0);
        boolean confident = best != null && !qualified.isEmpty() && qualified.get(0).fact() == best.fact()
                && best.evidence() >= MIN_EVIDENCE
                && !(!asked.isEmpty() && NUMERIC.containsAll(asked) && best.fact().value().isEmpty())
                && (ranked.size() < 2 || ranked.get(1).score() <= best.score() * MAX_RUNNER_UP_RATIO);
        return new Match(qualified, confident, folded.traditional());
    }

    public int size() {
        return index.size();
    }
}
