package kz.visitfacts.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.visitfacts.facts.Fact;
import kz.visitfacts.facts.FactKind;

/**
 * Every fact as weighted terms, with an inverted index to find the candidates of a question quickly
 * and the scoring that ranks them. Scores are deterministic: the same question always gets the same ranking.
 */
final class FactIndex {
    /** The parts of a fact, and how strongly each speaks for it. */
    enum Field {
        KEYWORD(1.0), FIGURE(1.0), LABEL(0.9), QUESTION(0.8), STATEMENT(0.7), QUOTE(0.45), SECTION(0.3),
        PARAGRAPH(0.15), CONTEXT(0.12);

        final double weight;

        Field(double weight) {
            this.weight = weight;
        }
    }

    /** A term's weight in a fact and the part of the fact it is strongest in. */
    record Hit(double weight, Field field) {
    }

    /** How a question's term was found in the index. */
    enum Via { EXACT, ENDING, TYPO, NONE }

    /** The index key a question term stands for, and how it was found. */
    record Resolved(String key, Via via) {
    }

    /** The boost for a fact of the kind the question asks for (多少美元 → money). */
    static final double KIND_BOOST = 1.35;
    /** The penalty for a number of another kind than the question asks for. */
    private static final double KIND_MISMATCH = 0.7;
    private static final Set<FactKind> NUMBERS = java.util.EnumSet.of(FactKind.MONEY, FactKind.COUNT, FactKind.QUANTITY,
            FactKind.PERCENT, FactKind.MULTIPLE, FactKind.YEAR);
    /** A term found in more than this share of a large index does not pick candidates, only scores them. */
    private static final double COMMON_SHARE = 0.05;

    /** One indexed fact: its terms and their weights. */
    record Doc(Fact fact, Map<String, Double> weights) {
    }

    /** A fact scored for a question: score and coverage run from 0 to about 1. */
    record Scored(Fact fact, double score, double coverage, double evidence) {
    }

    /** The facts holding a term, and the term's weight in each. */
    private record Postings(int[] docs, float[] weights) {
    }

    /** Per-thread sums over the facts a question touches, cleared after each question. */
    private final class Scratch {
        final double[] score = new double[docs.size()];
        final double[] matched = new double[docs.size()];
        final int[] mustHits = new int[docs.size()];
        final int[] touched = new int[docs.size()];
        final boolean[] seen = new boolean[docs.size()];
        int count;

        void touch(int d) {
            if (!seen[d]) {
                seen[d] = true;
                touched[count++] = d;
            }
        }

        void clear() {
            for (int i = 0; i < count; i++) {
                int d = touched[i];
                seen[d] = false;
                score[d] = 0;
                matched[d] = 0;
                mustHits[d] = 0;
            }
            count = 0;
        }
    }

    private final List<Fact> docs;
    /** Each real fact's place in {@link #docs} (synthetic copies share their original's fact and are left out). */
    private final Map<Fact, Integer> positions = new java.util.IdentityHashMap<>();
    private final Map<String, Postings> postings = new HashMap<>();
    /** The names of organisations and people each real fact states, not only mentions around it. */
    private final Map<Fact, Set<String>> statedNames = new java.util.IdentityHashMap<>();
    /** The Cyrillic words of the index, sorted, to find a known word by its beginning. */
    private final java.util.TreeSet<String> cyrillicWords = new java.util.TreeSet<>();
    private final double unknownIdf;
    private final int commonDf;
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);
    private final java.util.Set<Mechanism> off;
    /** The real (not synthetic) Latin and Cyrillic word keys by length, for finding a word with one wrong letter. */
    private final Map<Integer, List<String>> wordsByLength = new HashMap<>();

    FactIndex(List<Doc> docs, java.util.Set<Mechanism> off) {
        this.off = off;
        this.docs = docs.stream().map(Doc::fact).toList();
        for (int d = docs.size() - 1; d >= 0; d--) {
            positions.put(this.docs.get(d), d);
        }
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int d = 0; d < docs.size(); d++) {
            for (String key : docs.get(d).weights().keySet()) {
                lists.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
            }
        }
        lists.forEach((k, v) -> {
            int[] ds = v.stream().mapToInt(Integer::intValue).toArray();
            float[] ws = new float[ds.length];
            for (int i = 0; i < ds.length; i++) {
                ws[i] = docs.get(ds[i]).weights().get(k).floatValue();
            }
            postings.put(k, new Postings(ds, ws));
        });
        for (int d = 0; d < docs.size(); d++) {
            Fact f = this.docs.get(d);
            if (positions.get(f) == d) {
                statedNames.put(f, docs.get(d).weights().entrySet().stream()
                        .filter(e -> nameSort(e.getKey()).isPresent() && e.getValue() >= Field.STATEMENT.weight)
                        .map(Map.Entry::getKey).collect(java.util.stream.Collectors.toUnmodifiableSet()));
            }
        }
        this.unknownIdf = Math.log(1 + docs.size());
        postings.keySet().stream().filter(k -> k.startsWith("w:") && Stemmer.isCyrillic(k.substring(2))).forEach(cyrillicWords::add);
        this.commonDf = docs.size() < 1000 ? Integer.MAX_VALUE : (int) (docs.size() * COMMON_SHARE);
        postings.keySet().stream().filter(k -> k.startsWith("w:") && k.indexOf('#') < 0 && k.length() >= 6)
                .sorted().forEach(k -> wordsByLength.computeIfAbsent(k.length() - 2, n -> new ArrayList<>()).add(k));
    }

    int size() {
        return docs.size();
    }

    /** The sorts of name a fact may state for who acts: an organisation, a person (a place is as often a topic: 跨阿尔泰对话). */
    private static final Set<String> NAME_SORTS = Set.of("org", "person");

    /** The sort of a name's key ("c:org:sinopec" → org), if it is a key of a name of those sorts. */
    static java.util.Optional<String> nameSort(String key) {
        int end = key.indexOf(':', 2);
        if (!key.startsWith("c:") || end < 0) {
            return java.util.Optional.empty();
        }
        String sort = key.substring(2, end);
        return NAME_SORTS.contains(sort) ? java.util.Optional.of(sort) : java.util.Optional.empty();
    }

    /** The keys of the names a fact states (in its figure, label, keywords, statement), not only mentions. */
    Set<String> statedNames(Fact fact) {
        return statedNames.getOrDefault(fact, Set.of());
    }

    /** A term's weight in a fact (0 when the fact lacks it). */
    double weightIn(Fact fact, String key) {
        Postings p = postings.get(key);
        Integer d = positions.get(fact);
        if (p == null || d == null) {
            return 0;
        }
        int at = java.util.Arrays.binarySearch(p.docs(), d);
        return at < 0 ? 0 : p.weights()[at];
    }

    /** A resolved key's rarity as the search weighs it. */
    double idf(String key, Term t) {
        Postings p = postings.get(key);
        return p == null ? unknownIdf(t) : idf(p.docs().length);
    }

    /**
     * The weight of a term no fact holds: a word the facts lack speaks against every fact, but an unknown
     * character pair is an artefact of cutting, and a lone Chinese character the facts hold only inside
     * longer words (州 in a place name such as 江苏州) is too weak to speak against anything.
     */
    private double unknownIdf(Term t) {
        boolean loneHan = t.key().startsWith("z:") && t.key().length() == 3;
        return t.type() == Term.Type.PART || loneHan ? 0 : unknownIdf;
    }

    private double idf(int df) {
        return Math.log(1 + (double) docs.size() / df);
    }

    /**
     * The key a question term is found under: itself; for an unknown word the longest known stem it starts
     * with (Kazakh endings: инвестициялар → инвестиц); else, with {@code typos}, a known word one letter away.
     */
    Resolved resolve(Term t, boolean typos) {
        boolean held = postings.containsKey(t.key());
        if (held || t.type() != Term.Type.WORD || !t.key().startsWith("w:")) {
            return new Resolved(t.key(), held ? Via.EXACT : Via.NONE);
        }
        // An unknown word is looked up again for every fact weighed and every feature: what it stands for is kept,
        // up to a bound, since questions bring words without end.
        Map<String, Resolved> known = typos ? resolvedWithTypos : resolvedWithoutTypos;
        Resolved r = known.get(t.key());
        if (r == null) {
            r = resolveUnknown(t.key().substring(2), typos);
            if (known.size() < MAX_RESOLVED) {
                known.put(t.key(), r);
            }
        }
        return r;
    }

    /** Whether a folded word is one some fact holds, itself or with an ending (not by a typo). */
    boolean holdsWord(String folded) {
        return resolve(new Term("w:" + Stemmer.stem(folded), 1, Term.Type.WORD), false).via() != Via.NONE;
    }

    /** The one stem some fact holds one edit from {@code stem}, where no fact holds it itself; null when there is none. */
    String stemOneEditAway(String stem) {
        Resolved r = resolve(new Term("w:" + stem, 1, Term.Type.WORD), true);
        return r.via() == Via.TYPO ? r.key().substring(2) : null;
    }

    /** The most unknown words whose reading is kept, each way (about 200 bytes each). */
    static final int MAX_RESOLVED = 20_000;
    private final Map<String, Resolved> resolvedWithTypos = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Resolved> resolvedWithoutTypos = new java.util.concurrent.ConcurrentHashMap<>();

    /** How many unknown words' readings are kept, both ways together. */
    int resolvedKept() {
        return resolvedWithTypos.size() + resolvedWithoutTypos.size();
    }

    private Resolved resolveUnknown(String stem, boolean typos) {
        String key = "w:" + stem;
        boolean cyrillic = Stemmer.isCyrillic(stem);
        if (!off.contains(Mechanism.WORD_ENDINGS)) {
            String ending = byBeginning(stem, cyrillic);
            if (ending != null) {
                return new Resolved(ending, Via.ENDING);
            }
        }
        if (typos && !off.contains(Mechanism.TYPOS) && stem.length() >= 5) {
            String typo = oneLetterAway(stem);
            if (typo != null) {
                return new Resolved(typo, Via.TYPO);
            }
        }
        return new Resolved(key, Via.NONE);
    }

    private String byBeginning(String stem, boolean cyrillic) {
        // Cyrillic: Kazakh case endings; Latin: stems the stemmer left apart (economi / econom).
        int shortest = cyrillic ? Math.max(4, stem.length() - 6) : Math.max(5, stem.length() - 3);
        for (int len = stem.length() - 1; len >= shortest; len--) {
            String shorter = "w:" + stem.substring(0, len);
            if (postings.containsKey(shorter) && (!cyrillic || beginsAnEnding(stem, len))) {
                return shorter;
            }
        }
        if (cyrillic) {
            // Kazakh also changes the stem's last sound before an ending (орталық → орталығын): a known
            // word that shares all but the last few letters of the question's word stands for it.
            for (int len = stem.length() - 1; len >= Math.max(5, stem.length() - 3); len--) {
                if (!beginsAnEnding(stem, len)) {
                    continue;
                }
                String prefix = "w:" + stem.substring(0, len);
                String known = cyrillicWords.ceiling(prefix);
                if (known != null && known.startsWith(prefix) && known.length() - prefix.length() <= 2) {
                    return known;
                }
            }
        }
        return null;
    }

    /**
     * The letters no Kazakh ending begins with (as folded): a Russian stem's last letter (законч of закончился) is part
     * of its root, not an ending after a known word (закон).
     */
    private static final String NO_ENDING_BEGINS = "чщцфхвэюяёъь";

    private boolean beginsAnEnding(String stem, int at) {
        return off.contains(Mechanism.WORD_ENDINGS_KAZAKH) || NO_ENDING_BEGINS.indexOf(stem.charAt(at)) < 0;
    }

    /**
     * The one known word within one edit (a letter wrong, missing, added or two swapped) of an unknown word,
     * by Lucene's Levenshtein automaton; null when there is none or more than one, since a guess between two
     * words is no better than none.
     */
    private String oneLetterAway(String stem) {
        // A known word and one letter more is read as an ending, if at all: законч (закончился) is no typo of закон.
        List<String> near = OneEdit.near(stem, wordsByLength, key -> key.substring(2)).stream()
                .filter(key -> !(key.length() - 2 < stem.length() && stem.startsWith(key.substring(2)) && Stemmer.isCyrillic(stem)
                        && !beginsAnEnding(stem, key.length() - 2)))
                .toList();
        return near.size() == 1 ? near.get(0) : null;
    }

    /**
     * Facts sharing any term with the question, scored and ranked best first; facts missing a must-match
     * term are left out. Rare terms are summed over their postings; terms common to a large share of a big
     * index only add to the facts the rare ones found, so the cost does not grow with the index.
     */
    List<Scored> search(List<Term> question, Set<FactKind> asked, boolean typos) {
        int n = question.size();
        Postings[] lists = new Postings[n];
        double[] idfs = new double[n];
        double mass = 0;
        int must = 0;
        boolean anyRare = false;
        for (int i = 0; i < n; i++) {
            Term t = question.get(i);
            lists[i] = postings.get(resolve(t, typos).key());
            // An unknown character pair is an artefact of cutting, not a word the facts lack.
            idfs[i] = lists[i] == null ? unknownIdf(t) : idf(lists[i].docs().length);
            mass += t.weight() * idfs[i];
            must += t.mustMatch() ? 1 : 0;
            anyRare |= lists[i] != null && lists[i].docs().length <= commonDf;
        }
        if (mass == 0) {
            return List.of();
        }
        Scratch s = scratch.get();
        try {
            for (int i = 0; i < n; i++) {
                Postings p = lists[i];
                if (p == null || anyRare && p.docs().length > commonDf) {
                    continue;
                }
                Term t = question.get(i);
                double w = t.weight() * idfs[i];
                for (int k = 0; k < p.docs().length; k++) {
                    int d = p.docs()[k];
                    s.touch(d);
                    s.score[d] += w * p.weights()[k];
                    s.matched[d] += w;
                    s.mustHits[d] += t.mustMatch() ? 1 : 0;
                }
            }
            if (anyRare) {
                addCommonTerms(question, lists, idfs, s);
            }
            List<Scored> scored = new ArrayList<>();
            for (int i = 0; i < s.count; i++) {
                int d = s.touched[i];
                if (s.mustHits[d] < must) {
                    continue;
                }
                double score = s.score[d] / mass;
                Fact fact = docs.get(d);
                score *= kindFactor(fact, asked);
                scored.add(new Scored(fact, score, s.matched[d] / mass, s.matched[d]));
            }
            scored.sort((a, b) -> Double.compare(b.score(), a.score()));
            return scored;
        } finally {
            s.clear();
        }
    }

    /** Adds the common terms to the facts the rare terms found, by a binary search in each common term's postings. */
    private void addCommonTerms(List<Term> question, Postings[] lists, double[] idfs, Scratch s) {
        for (int i = 0; i < question.size(); i++) {
            Postings p = lists[i];
            if (p == null || p.docs().length <= commonDf) {
                continue;
            }
            Term t = question.get(i);
            double w = t.weight() * idfs[i];
            for (int c = 0; c < s.count; c++) {
                int d = s.touched[c];
                int at = java.util.Arrays.binarySearch(p.docs(), d);
                if (at >= 0) {
                    s.score[d] += w * p.weights()[at];
                    s.matched[d] += w;
                    s.mustHits[d] += t.mustMatch() ? 1 : 0;
                }
            }
        }
    }

    /**
     * How the kind asked for weighs on a fact's score: a boost for a fact of that kind, a mark-down for a number
     * of another kind (a share is not answered by a sum of money), else none.
     */
    double kindFactor(Fact fact, Set<FactKind> asked) {
        if (asked.isEmpty()) {
            return 1;
        }
        if (fits(fact, asked)) {
            return KIND_BOOST;
        }
        boolean otherNumber = NUMBERS.containsAll(asked) && NUMBERS.contains(fact.kind());
        return otherNumber && !off.contains(Mechanism.KIND_PENALTY) ? KIND_MISMATCH : 1;
    }

    /** Whether a fact is of a kind the question asks for; a list with a count answers "how many" too. */
    static boolean fits(Fact fact, Set<FactKind> asked) {
        if (asked.contains(fact.kind())) {
            return true;
        }
        return asked.contains(FactKind.COUNT) && fact.value().map(v -> v.unit().equals("count")).orElse(false);
    }

    /** Indexes a fact: every part of it analysed, each term kept with the strongest part it appears in. */
    static Doc index(Fact fact, Analysis analysis, Map<String, List<Term>> analysed) {
        Map<String, Double> weights = new HashMap<>();
        analyse(fact, analysis, analysed).forEach((k, hit) -> weights.put(k, hit.weight()));
        return new Doc(fact, Map.copyOf(weights));
    }

    /** What the index is built with: the analyzer, the question words' rewrites, the mechanisms switched off. */
    record Analysis(TextAnalyzer analyzer, QuestionWords words, java.util.Set<Mechanism> off) {
        String prepare(String folded) {
            return off.contains(Mechanism.REWRITES) ? folded : words.rewrite(folded);
        }
    }

    /** Every term of a fact with its weight and the part of the fact it is strongest in. */
    static Map<String, Hit> analyse(Fact fact, Analysis analysis, Map<String, List<Term>> analysed) {
        Map<String, Hit> hits = new HashMap<>();
        int year = fact.source().date().getYear();
        // A traditional-Chinese source is folded like a question; the others are simplified already.
        boolean traditional = fact.source().language().equalsIgnoreCase("zh-Hant");
        // The numbers a fact may be found by are those of its source's words: its figure and its sentence. A number in
        // a curator's words ("No. 1", "第一届") would make a bare "1" find it.
        Map<String, Hit> sourceWords = new HashMap<>();
        put(sourceWords, analysis, fact.figure(), Field.FIGURE, year, traditional, analysed);
        put(sourceWords, analysis, fact.quote(), Field.QUOTE, year, traditional, analysed);
        Set<String> sourceNumbers = new java.util.HashSet<>();
        sourceWords.keySet().stream().filter(k -> k.startsWith("n:")).forEach(sourceNumbers::add);
        for (String k : fact.allKeywords()) {
            // A question word among the keywords (多少钱, where) says nothing of the fact; cut up, its pieces (钱) would.
            if (!analysis.words().isStopword(TextNormalizer.foldSimplified(k).strip())) {
                putWords(hits, analysis, k, Field.KEYWORD, year, traditional, analysed, sourceNumbers);
            }
        }
        put(hits, analysis, fact.figure(), Field.FIGURE, year, traditional, analysed);
        fact.label().texts().values().forEach(t -> putWords(hits, analysis, t, Field.LABEL, year, traditional, analysed, sourceNumbers));
        if (!analysis.off().contains(Mechanism.ALTERNATE_QUESTIONS)) {
            fact.allQuestions().forEach(q -> putWords(hits, analysis, q, Field.QUESTION, year, traditional, analysed, sourceNumbers));
        }
        fact.statement().texts().values().forEach(t -> putWords(hits, analysis, t, Field.STATEMENT, year, traditional, analysed,
                sourceNumbers));
        put(hits, analysis, fact.quote(), Field.QUOTE, year, traditional, analysed);
        put(hits, analysis, fact.section().heading(), Field.SECTION, year, traditional, analysed);
        fact.section().title().texts().values().forEach(t -> put(hits, analysis, t, Field.SECTION, year, traditional, analysed));
        put(hits, analysis, fact.paragraph().text(), Field.PARAGRAPH, year, traditional, analysed);
        if (!analysis.off().contains(Mechanism.CONTEXT)) {
            // What the fact's sentence leaves implicit: the paragraphs of its section before it and the one just
            // before it ("他说" is Tokayev, "峰会" the SCO summit in Tianjin, "文化中心" the one in Beijing), and the
            // article's title.
            List<kz.visitfacts.facts.Paragraph> paragraphs = fact.source().paragraphs();
            int at = paragraphs.indexOf(fact.paragraph());
            for (int i = at - 1; i >= 0; i--) {
                kz.visitfacts.facts.Paragraph before = paragraphs.get(i);
                if (i < at - 1 && !before.section().equals(fact.section())) {
                    break;
                }
                put(hits, analysis, before.text(), Field.CONTEXT, year, traditional, analysed);
            }
            fact.source().title().texts().values().forEach(t -> put(hits, analysis, t, Field.CONTEXT, year, traditional, analysed));
        }
        return hits;
    }

    /** A curator's words about a fact: their numbers count only where the source's words have them too. */
    private static void putWords(Map<String, Hit> hits, Analysis analysis, String text, Field field, int year,
                                 boolean traditional, Map<String, List<Term>> analysed, Set<String> sourceNumbers) {
        Map<String, Hit> words = new HashMap<>();
        put(words, analysis, text, field, year, traditional, analysed);
        words.forEach((k, hit) -> {
            if (k.startsWith("n:") && !sourceNumbers.contains(k)) {
                return;
            }
            Hit before = hits.get(k);
            if (before == null || before.weight() < hit.weight()) {
                hits.put(k, hit);
            }
        });
    }

    private static void put(Map<String, Hit> hits, Analysis analysis, String text, Field field,
                            int year, boolean traditional, Map<String, List<Term>> analysed) {
        List<Term> terms = analysed.computeIfAbsent(year + "|" + traditional + "|" + text, k -> analysis.analyzer().terms(
                analysis.prepare(traditional ? TextNormalizer.fold(text).text() : TextNormalizer.foldSimplified(text)), year));
        for (Term t : terms) {
            if (field == Field.CONTEXT && isFigure(t)) {
                // A number belongs to the fact that states it: a neighbour's 70 says nothing about this fact.
                continue;
            }
            double w = field.weight * Math.min(1.0, t.weight());
            Hit before = hits.get(t.key());
            if (before == null || before.weight() < w) {
                hits.put(t.key(), new Hit(w, field));
            }
        }
    }

    private static boolean isFigure(Term t) {
        return t.type() == Term.Type.NUMBER || t.type() == Term.Type.SOFT_NUMBER || t.type() == Term.Type.UNIT;
    }
}
