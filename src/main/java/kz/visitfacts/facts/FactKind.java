package kz.visitfacts.facts;

import java.util.Locale;

/** What sort of answer a fact's figure is, so a question's wording can prefer the right one. */
public enum FactKind {
    MONEY, COUNT, QUANTITY, PERCENT, MULTIPLE, YEAR, DATE, PLACE, PERSON, ORGANIZATION, TITLE, EVENT, LIST, CLAIM;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
