package kz.visitfacts.facts;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A name or notion with its spellings in every language. Entities (people, places, countries,
 * organisations) must match when a question names them; a subject of the sources (China,
 * Kazakhstan, Tokayev) stands behind every fact and never has to.
 */
public record LexiconTerm(String id, TermType type, boolean subject, Map<Language, List<String>> aliases) {
    public LexiconTerm {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        aliases = Map.copyOf(aliases);
    }

    public boolean isEntity() {
        return type != TermType.TOPIC;
    }

    /** The kinds of lexicon term. */
    public enum TermType { COUNTRY, PLACE, PERSON, ORGANIZATION, TOPIC }
}
