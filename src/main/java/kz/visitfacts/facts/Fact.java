package kz.visitfacts.facts;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One figure or claim of a source: the verbatim figure, the verbatim sentence that holds it, the paragraph
 * that holds the sentence, and what a reader needs to find and understand it in their own language.
 */
public record Fact(String id, Source source, Paragraph paragraph, FactKind kind, String figure, String quote,
                   Optional<NumericValue> value, Localized label, Localized statement,
                   Map<Language, List<String>> keywords, Map<Language, List<String>> questions,
                   boolean featured) {
    public Fact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(paragraph, "paragraph");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(statement, "statement");
        keywords = Map.copyOf(keywords);
        questions = Map.copyOf(questions);
    }

    public Section section() {
        return paragraph.section();
    }

    /** Every alternate question in every language: other wordings a reader might use to ask for this fact. */
    public List<String> allQuestions() {
        return questions.values().stream().flatMap(List::stream).toList();
    }

    /** Every keyword in every language. */
    public List<String> allKeywords() {
        return keywords.values().stream().flatMap(List::stream).toList();
    }
}
