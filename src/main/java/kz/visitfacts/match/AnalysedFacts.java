package kz.visitfacts.match;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import kz.visitfacts.facts.Fact;
import kz.visitfacts.facts.FactBase;

/**
 * Every fact of a base analysed into weighted terms, and the Chinese words the facts use (what a homophone typo may
 * stand for). Analysing is most of a start's work, so the build does it once for the bundled fact base and puts the
 * result in the jar ({@value #BUNDLED}); a start whose fact base has the same fingerprint reads it instead.
 */
final class AnalysedFacts {
    /** Where the build puts the analysis of the bundled fact base (the hidden {@code analyse-facts} command). */
    static final String BUNDLED = "/index/facts.analysed";
    /** Changes whenever the layout below does, so an old file is never read as a new one. */
    private static final String FORMAT = "visit-facts analysed facts 1";

    private final String fingerprint;
    private final Map<String, Map<String, Double>> weightsById;
    private final Set<String> hanWords;

    private AnalysedFacts(String fingerprint, Map<String, Map<String, Double>> weightsById, Set<String> hanWords) {
        this.fingerprint = fingerprint;
        this.weightsById = weightsById;
        this.hanWords = hanWords;
    }

    /** Analyses every fact, on every core: facts are independent and the analyzer is thread-safe. */
    static AnalysedFacts analyse(FactBase base, FactIndex.Analysis analysis) {
        // Facts of one paragraph share its text, its section and often their quote: analyse each text once.
        Map<String, List<Term>> analysed = new ConcurrentHashMap<>();
        Map<String, Map<String, Double>> weights = new ConcurrentHashMap<>();
        base.facts().parallelStream().forEach(f -> weights.put(f.id(), FactIndex.index(f, analysis, analysed).weights()));
        // The facts' own words (not the character pairs cut from them) are what a homophone typo may stand for.
        Set<String> han = new TreeSet<>();
        analysed.values().forEach(terms -> terms.stream().filter(t -> t.type() == Term.Type.WORD && t.key().startsWith("z:")
                && t.key().length() >= 4).map(t -> t.key().substring(2)).filter(TermDictionary::isAllHan).forEach(han::add));
        return new AnalysedFacts(base.fingerprint(), Map.copyOf(weights), Set.copyOf(han));
    }

    /** The build's analysis of the bundled fact base, if this base was read from the same files. */
    static Optional<AnalysedFacts> bundledFor(FactBase base) {
        if (base.fingerprint().isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = AnalysedFacts.class.getResourceAsStream(BUNDLED)) {
            return in == null ? Optional.empty() : read(in, base.fingerprint()).filter(a -> a.covers(base));
        } catch (IOException | RuntimeException e) {
            // A damaged file is no reason not to start: the facts are analysed as if it were not there.
            return Optional.empty();
        }
    }

    private boolean covers(FactBase base) {
        return base.facts().stream().allMatch(f -> weightsById.containsKey(f.id()));
    }

    /** Each fact of the base as the index takes it, in the base's order. */
    List<FactIndex.Doc> docs(FactBase base) {
        List<FactIndex.Doc> docs = new ArrayList<>(base.facts().size());
        for (Fact f : base.facts()) {
            docs.add(new FactIndex.Doc(f, weightsById.get(f.id())));
        }
        return docs;
    }

    Set<String> hanWords() {
        return hanWords;
    }

    void write(OutputStream to) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(to));
        out.writeUTF(FORMAT);
        out.writeUTF(fingerprint);
        out.writeInt(weightsById.size());
        for (Map.Entry<String, Map<String, Double>> fact : new java.util.TreeMap<>(weightsById).entrySet()) {
            out.writeUTF(fact.getKey());
            out.writeInt(fact.getValue().size());
            for (Map.Entry<String, Double> term : new java.util.TreeMap<>(fact.getValue()).entrySet()) {
                out.writeUTF(term.getKey());
                out.writeDouble(term.getValue());
            }
        }
        out.writeInt(hanWords.size());
        for (String w : new TreeSet<>(hanWords)) {
            out.writeUTF(w);
        }
        out.flush();
    }

    /** What {@link #write} wrote; empty when it is of another format. */
    static Optional<AnalysedFacts> read(InputStream from) throws IOException {
        return read(from, null);
    }

    /** As {@link #read(InputStream)}, and empty without reading on when the file is of another fingerprint (if one is given). */
    private static Optional<AnalysedFacts> read(InputStream from, String wanted) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(from, 1 << 16));
        if (!in.readUTF().equals(FORMAT)) {
            return Optional.empty();
        }
        String fingerprint = in.readUTF();
        if (wanted != null && !wanted.equals(fingerprint)) {
            return Optional.empty();
        }
        // Most terms recur across facts: one string each.
        Map<String, String> strings = new HashMap<>();
        int facts = in.readInt();
        Map<String, Map<String, Double>> weights = new HashMap<>(facts * 2);
        for (int i = 0; i < facts; i++) {
            String id = in.readUTF();
            int n = in.readInt();
            Map<String, Double> terms = new HashMap<>(n * 2);
            for (int k = 0; k < n; k++) {
                String key = in.readUTF();
                terms.put(strings.computeIfAbsent(key, s -> s), in.readDouble());
            }
            weights.put(id, Map.copyOf(terms));
        }
        int han = in.readInt();
        Set<String> hanWords = new java.util.HashSet<>(han * 2);
        for (int i = 0; i < han; i++) {
            hanWords.add(in.readUTF());
        }
        return Optional.of(new AnalysedFacts(fingerprint, Map.copyOf(weights), Set.copyOf(hanWords)));
    }

    /** Whether two analyses are the same, term for term: the one read from the jar must be the one a start would make. */
    boolean sameAs(AnalysedFacts other) {
        return weightsById.equals(other.weightsById) && hanWords.equals(other.hanWords);
    }
}
