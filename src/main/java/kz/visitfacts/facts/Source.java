package kz.visitfacts.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A source article kept verbatim, with the metadata every answer cites. */
public record Source(String id, String file, String language, LocalDate date, String compiler, Localized title,
                     List<Section> sections, List<Paragraph> paragraphs, String text) {
    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(compiler, "compiler");
        Objects.requireNonNull(title, "title");
        sections = List.copyOf(sections);
        paragraphs = List.copyOf(paragraphs);
        Objects.requireNonNull(text, "text");
    }
}
