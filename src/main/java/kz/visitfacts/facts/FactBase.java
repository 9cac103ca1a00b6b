package kz.visitfacts.facts;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Every source, its facts, the shared lexicon and the question words of every language, checked and ready to index. */
public record FactBase(List<Source> sources, List<Fact> facts, List<LexiconTerm> lexicon, LanguageData language) {
    public FactBase {
        sources = List.copyOf(sources);
        facts = List.copyOf(facts);
        lexicon = List.copyOf(lexicon);
        Objects.requireNonNull(language, "language");
    }

    public Optional<Fact> fact(String id) {
        Objects.requireNonNull(id, "id");
        return facts.stream().filter(f -> f.id().equals(id)).findFirst();
    }
}
