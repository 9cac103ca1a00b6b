package kz.visitfacts.facts;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every source, its facts, the shared lexicon and the question words of every language, checked and ready to index.
 * The fingerprint is a digest of the files it was read from: two bases with one fingerprint were read from the same
 * bytes (an index of one serves the other); empty for a base put together in code.
 */
public record FactBase(List<Source> sources, List<Fact> facts, List<LexiconTerm> lexicon, LanguageData language,
                       String fingerprint) {
    public FactBase {
        sources = List.copyOf(sources);
        facts = List.copyOf(facts);
        lexicon = List.copyOf(lexicon);
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /** A base put together in code, with no files behind it. */
    public FactBase(List<Source> sources, List<Fact> facts, List<LexiconTerm> lexicon, LanguageData language) {
        this(sources, facts, lexicon, language, "");
    }

    public Optional<Fact> fact(String id) {
        Objects.requireNonNull(id, "id");
        return facts.stream().filter(f -> f.id().equals(id)).findFirst();
    }
}
