package kz.visitfacts.facts;

import java.util.Objects;

/** A section of a source: its verbatim heading and a translated title. */
public record Section(String id, String heading, Localized title) {
    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(title, "title");
    }

    /** The heading in a reader's language; Chinese readers get the original. */
    public String titleIn(Language language) {
        return language == Language.ZH || language == Language.ZH_HANT || !title.has(language) && !title.has(Language.EN)
                ? heading : title.in(language);
    }
}
