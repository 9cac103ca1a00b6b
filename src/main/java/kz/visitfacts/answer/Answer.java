package kz.visitfacts.answer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.visitfacts.facts.Fact;
import kz.visitfacts.facts.Language;

/**
 * The answer to one question. When {@code answered}, {@code results} holds the facts best first; otherwise
 * it is empty and {@code suggestions} holds facts the asker might have meant or could ask about. {@code related},
 * only on a question that claims what the source does not say ("why did X refuse …"), is the fact about its topic:
 * what the source does say, shown as such, never as the answer. {@code followedUp}: the fact the conversation was
 * about, when the question was read as a follow-up to it (shown, so a wrong carry-over is visible).
 */
public record Answer(String query, Language language, boolean answered, List<AnswerItem> results, List<Fact> suggestions,
                     Optional<AnswerItem> related, Optional<Fact> followedUp) {
    public Answer {
        Objects.requireNonNull(followedUp, "followedUp");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(related, "related");
        results = List.copyOf(results);
        suggestions = List.copyOf(suggestions);
        if (answered && related.isPresent()) {
            throw new IllegalArgumentException("an answered question has results, not a related fact");
        }
        if (answered == results.isEmpty()) {
            throw new IllegalArgumentException("an answered question has results, an unanswered one none");
        }
    }

    /** An answer with no related fact. */
    public Answer(String query, Language language, boolean answered, List<AnswerItem> results, List<Fact> suggestions) {
        this(query, language, answered, results, suggestions, Optional.empty(), Optional.empty());
    }

    /** The best result; only for an answered question. */
    public AnswerItem best() {
        if (!answered) {
            throw new IllegalStateException("not answered");
        }
        return results.get(0);
    }
}
