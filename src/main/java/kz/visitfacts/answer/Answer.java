package kz.visitfacts.answer;

import java.util.List;
import java.util.Objects;
import kz.visitfacts.facts.Fact;
import kz.visitfacts.facts.Language;

/**
 * The answer to one question. When {@code answered}, {@code results} holds the facts best first; otherwise
 * it is empty and {@code suggestions} holds facts the asker might have meant or could ask about.
 */
public record Answer(String query, Language language, boolean answered, List<AnswerItem> results, List<Fact> suggestions) {
    public Answer {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(language, "language");
        results = List.copyOf(results);
        suggestions = List.copyOf(suggestions);
        if (answered == results.isEmpty()) {
            throw new IllegalArgumentException("an answered question has results, an unanswered one none");
        }
    }

    /** The best result; only for an answered question. */
    public AnswerItem best() {
        if (!answered) {
            throw new IllegalStateException("not answered");
        }
        return results.get(0);
    }
}
