package kz.visitfacts.match;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kz.visitfacts.facts.Fact;
import kz.visitfacts.facts.FactKind;

/**
 * What a conversation was just asked, for the next message to follow up on: the question's frame (its terms, the
 * kinds of figure and the measures it asked for) and the fact it was about, when one was answered. Held in memory
 * by whoever keeps the conversation; it holds analysed terms, not the question's text.
 */
public final class Context {
    final List<Term> terms;
    final Set<FactKind> asked;
    final Set<String> askedMeasures;
    final String asking;
    private final Fact topic;

    Context(List<Term> terms, Set<FactKind> asked, Set<String> askedMeasures, String asking, Fact topic) {
        this.terms = List.copyOf(terms);
        this.asked = Set.copyOf(asked);
        this.askedMeasures = Set.copyOf(askedMeasures);
        this.asking = Objects.requireNonNull(asking, "asking");
        this.topic = topic;
    }

    /** The fact the conversation was last about, if one was answered. */
    public Optional<Fact> topic() {
        return Optional.ofNullable(topic);
    }
}
