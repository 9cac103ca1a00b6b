package kz.visitfacts.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
    private static final double KIND_BOOST = 1.2;
    /** A term found in more than this share of a large index does not pick candidates, only scores them. */
    private static final double COMMON_SHARE = 0.05;

    /** One indexed fact: its terms and their weights. */
    record Doc(Fact fact, Map<String, Double> weights) {
    }

    /** A fact scored for a question: score and coverage run from 0 to about 1. */
    record Scored(Fact fact, double score, double coverage, double evidence) {
    }

    private final List<Doc> docs;
    private final Map<String, int[]> postings = new HashMap<>();
    private final double unknownIdf;

    FactIndex(List<Doc> docs) {
        this.docs = List.copyOf(docs);
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int d = 0; d < docs.size(); d++) {
            for (String key : docs.get(d).weights().keySet()) {
                lists.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
            }
        }
        lists.forEach((k, v) -> postings.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        this.unknownIdf = Math.log(1 + docs.size());
    }

    int size() {
        return docs.size();
    }

    List<Doc> docs() {
        return docs;
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
        return t.key();
    }

    /** Facts sharing any term with the question, scored and ranked best first; facts missing a must-match term are left out. */
    List<Scored> search(List<Term> question, Set<FactKind> asked) {
        List<String> keys = new ArrayList<>(question.size());
        double mass = 0;
        double[] idfs = new double[question.size()];
        for (int i = 0; i < question.size(); i++) {
            Term t = question.get(i);
            String key = resolve(t);
            keys.add(key);
            int[] p = postings.get(key);
            // An unknown character pair is an artefact of cutting, not a word the facts lack.
            idfs[i] = p == null ? (t.type() == Term.Type.PART ? 0 : unknownIdf) : idf(p.length);
            mass += t.weight() * idfs[i];
        }
        if (mass == 0) {
            return List.of();
        }
        Set<Integer> candidates = candidates(keys);
        List<Scored> scored = new ArrayList<>();
        for (int d : candidates) {
            Doc doc = docs.get(d);
            double score = 0;
            double matched = 0;
            boolean rejected = false;
            for (int i = 0; i < question.size() && !rejected; i++) {
                Term t = question.get(i);
                Double w = doc.weights().get(keys.get(i));
                if (w == null) {
                    rejected = t.mustMatch();
                    continue;
                }
                matched += t.weight() * idfs[i];
                score += t.weight() * idfs[i] * w;
            }
            if (rejected || matched == 0) {
                continue;
            }
            double s = score / mass;
            if (!asked.isEmpty() && fits(doc.fact(), asked)) {
                s *= KIND_BOOST;
            }
            scored.add(new Scored(doc.fact(), s, matched / mass, matched));
        }
        scored.sort((a, b) -> Double.compare(b.score(), a.score()));
        return scored;
    }

    private Set<Integer> candidates(List<String> keys) {
        int common = docs.size() < 1000 ? Integer.MAX_VALUE : (int) (docs.size() * COMMON_SHARE);
        Set<Integer> out = new HashSet<>();
        for (boolean allowCommon : new boolean[] {false, true}) {
            for (String key : keys) {
                int[] p = postings.get(key);
                if (p != null && (allowCommon || p.length <= common)) {
                    for (int d : p) {
                        out.add(d);
                    }
                }
            }
            if (!out.isEmpty()) {
                break;
            }
        }
        return out;
    }

    /** Whether a fact is of a kind the question asks for; a list with a count answers "how many" too. */
    static boolean fits(Fact fact, Set<FactKind> asked) {
        if (asked.contains(fact.kind())) {
            return true;
        }
        return asked.contains(FactKind.COUNT) && fact.value().map(v -> v.unit().equals("count")).orElse(false);
    }

    /** Indexes a fact: every part of it analysed, each term kept with the strongest part it appears in. */
    static Doc index(Fact fact, TextAnalyzer analyzer) {
        Map<String, Double> weights = new HashMap<>();
        for (String k : fact.allKeywords()) {
            put(weights, analyzer, k, KEYWORD);
        }
        put(weights, analyzer, fact.figure(), FIGURE);
        fact.label().texts().values().forEach(t -> put(weights, analyzer, t, LABEL));
        fact.statement().texts().values().forEach(t -> put(weights, analyzer, t, STATEMENT));
        put(weights, analyzer, fact.quote(), QUOTE);
        put(weights, analyzer, fact.section().heading(), SECTION);
        fact.section().title().texts().values().forEach(t -> put(weights, analyzer, t, SECTION));
        put(weights, analyzer, fact.paragraph().text(), PARAGRAPH);
        return new Doc(fact, Map.copyOf(weights));
    }

    private static void put(Map<String, Double> weights, TextAnalyzer analyzer, String text, double fieldWeight) {
        for (Term t : analyzer.terms(TextNormalizer.fold(text).text())) {
            weights.merge(t.key(), fieldWeight * Math.min(1.0, t.weight()), Math::max);
        }
    }
}
