package kz.visitfacts.facts;

import java.util.Objects;

/** One paragraph of a source, verbatim, with the section it stands in. */
public record Paragraph(String id, Section section, String text) {
    public Paragraph {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(text, "text");
    }
}
