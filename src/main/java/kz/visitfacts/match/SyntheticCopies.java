package kz.visitfacts.match;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For benchmarks: copies of every indexed fact whose distinctive terms are renamed, as if many other articles of
 * the same kind had been added. A copy keeps the common words (shared by many facts, as in any article on the topic).
 */
final class SyntheticCopies {
    private SyntheticCopies() {
    }

    /** Adds {@code copies - 1} copies of each of {@code docs} to it. */
    static void add(List<FactIndex.Doc> docs, int copies) {
        Map<String, Integer> df = new HashMap<>();
        docs.forEach(d -> d.weights().keySet().forEach(k -> df.merge(k, 1, Integer::sum)));
        int original = docs.size();
        for (int c = 1; c < copies; c++) {
            for (int d = 0; d < original; d++) {
                docs.add(copy(docs.get(d), c, df, original));
            }
        }
    }

    private static FactIndex.Doc copy(FactIndex.Doc doc, int copy, Map<String, Integer> df, int n) {
        Map<String, Double> weights = new HashMap<>();
        doc.weights().forEach((k, w) -> weights.put(df.get(k) * 4 > n ? k : k + "#" + copy, w));
        return new FactIndex.Doc(doc.fact(), weights);
    }
}
