package kz.visitfacts.facts;

import java.util.List;

/** A fact base that breaks a rule; each error names the file, the place in it and the rule. */
public final class InvalidFactBaseException extends RuntimeException {
    private final List<String> errors;

    public InvalidFactBaseException(List<String> errors) {
        super(errors.isEmpty() ? "invalid fact base"
                : errors.get(0) + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
