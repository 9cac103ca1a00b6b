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
    /** How strongly each part of a fact speaks for it. */
    static final double KEYWORD = 1.0;
    static final double FIGURE = 1.0;
    static final double LABEL = 0.9;
    static final double STATEMENT = 0.7;
    static final double QUOTE = 0.45;
    static final double SECTION = 0.3;
    static final double PARAGRAPH = 0.15;

    /** The boost for a fact of the kind the question asks for (多少美元 → money). */
    private static final double KIND_BOOST = 1.35;
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
    private final Map<String, Postings> postings = new HashMap<>();
    /** The Cyrillic words of the index, sorted, to find a known word by its beginning. */
    private final java.util.TreeSet<String> cyrillicWords = new java.util.TreeSet<>();
    private final double unknownIdf;
    private final int commonDf;
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    FactIndex(List<Doc> docs) {
        this.docs = docs.stream().map(Doc::fact).toList();
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
        this.unknownIdf = Math.log(1 + docs.size());
        postings.keySet().stream().filter(k -> k.startsWith("w:") && Stemmer.isCyrillic(k.substring(2))).forEach(cyrillicWords::add);
        this.commonDf = docs.size() < 1000 ? Integer.MAX_VALUE : (int) (docs.size() * COMMON_SHARE);
    }

    int size() {
        return docs.size();
    }

    private double idf(int df) {
        return Math.log(1 + (double) docs.size() / df);
    }

    /**
     * The key a question term is found under: itself, or for an unknown word the longest known stem it
     * starts with (Kazakh endings: инвестициялар → инвестиц).
     */
    private String resolve(Term t) {
        if (postings.containsKey(t.key()) || t.type() != Term.Type.WORD || !t.key().startsWith("w:")) {
            return t.key();
        }
        String stem = t.key().substring(2);
        // Cyrillic: Kazakh case endings; Latin: stems the stemmer left apart (economi / econom).
        boolean cyrillic = Stemmer.isCyrillic(stem);
        int shortest = cyrillic ? Math.max(4, stem.length() - 6) : Math.max(5, stem.length() - 3);
        for (int len = stem.length() - 1; len >= shortest; len--) {
            String shorter = "w:" + stem.substring(0, len);
            if (postings.containsKey(shorter)) {
                return shorter;
            }
        }
        if (cyrillic) {
            // Kazakh also changes the stem's last sound before an ending (орталық → орталығын): a known
            // word that shares all but the last few letters of the question's word stands for it.
            for (int len = stem.length() - 1; len >= Math.max(5, stem.length() - 3); len--) {
                String prefix = "w:" + stem.substring(0, len);
                String known = cyrillicWords.ceiling(prefix);
                if (known != null && known.startsWith(prefix) && known.length() - prefix.length() <= 2) {
                    return known;
                }
            }
        }
        return t.key();
    }

    /**
     * Facts sharing any term with the question, scored and ranked best first; facts missing a must-match
     * term are left out. Rare terms are summed over their postings; terms common to a large share of a big
     * index only add to the facts the rare ones found, so the cost does not grow with the index.
     */
    List<Scored> search(List<Term> question, Set<FactKind> asked) {
        int n = question.size();
        Postings[] lists = new Postings[n];
        double[] idfs = new double[n];
        double mass = 0;
        int must = 0;
        boolean anyRare = false;
        for (int i = 0; i < n; i++) {
            Term t = question.get(i);
            lists[i] = postings.get(resolve(t));
            // An unknown character pair is an artefact of cutting, not a word the facts lack.
            idfs[i] = lists[i] == null ? (t.type() == Term.Type.PART ? 0 : unknownIdf) : idf(lists[i].docs().length);
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
                if (!asked.isEmpty() && fits(fact, asked)) {
                    score *= KIND_BOOST;
                } else if (!asked.isEmpty() && NUMBERS.containsAll(asked) && NUMBERS.contains(fact.kind())) {
                    // A question for one kind of number (a share) is not answered by another (a sum of money).
                    score *= KIND_MISMATCH;
                }
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

    /** Whether a fact is of a kind the question asks for; a list with a count answers "how many" too. */
    static boolean fits(Fact fact, Set<FactKind> asked) {
        if (asked.contains(fact.kind())) {
            return true;
        }
        return asked.contains(FactKind.COUNT) && fact.value().map(v -> v.unit().equals("count")).orElse(false);
    }

    /** Indexes a fact: every part of it analysed, each term kept with the strongest part it appears in. */
    static Doc index(Fact fact, TextAnalyzer analyzer, Map<String, List<Term>> analysed) {
        Map<String, Double> weights = new HashMap<>();
        int year = fact.source().date().getYear();
        // A traditional-Chinese source is folded like a question; the others are simplified already.
        boolean traditional = fact.source().language().equalsIgnoreCase("zh-Hant");
        for (String k : fact.allKeywords()) {
            put(weights, analyzer, k, KEYWORD, year, traditional, analysed);
        }
        put(weights, analyzer, fact.figure(), FIGURE, year, traditional, analysed);
        fact.label().texts().values().forEach(t -> put(weights, analyzer, t, LABEL, year, traditional, analysed));
        fact.statement().texts().values().forEach(t -> put(weights, analyzer, t, STATEMENT, year, traditional, analysed));
        put(weights, analyzer, fact.quote(), QUOTE, year, traditional, analysed);
        put(weights, analyzer, fact.section().heading(), SECTION, year, traditional, analysed);
        fact.section().title().texts().values().forEach(t -> put(weights, analyzer, t, SECTION, year, traditional, analysed));
        put(weights, analyzer, fact.paragraph().text(), PARAGRAPH, year, traditional, analysed);
        return new Doc(fact, Map.copyOf(weights));
    }

    private static void put(Map<String, Double> weights, TextAnalyzer analyzer, String text, double fieldWeight,
                            int year, boolean traditional, Map<String, List<Term>> analysed) {
        List<Term> terms = analysed.computeIfAbsent(year + "|" + traditional + "|" + text, k -> analyzer.terms(
                traditional ? TextNormalizer.fold(text).text() : TextNormalizer.foldSimplified(text), year));
        for (Term t : terms) {
            weights.merge(t.key(), fieldWeight * Math.min(1.0, t.weight()), Math::max);
        }
    }
}
