package kz.visitfacts.facts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Checks lexicon.json: unique ids, a known type, at least one alias. */
final class LexiconChecker {
    private final String file;
    private final List<String> errors;

    LexiconChecker(String file, List<String> errors) {
        this.file = file;
        this.errors = errors;
    }

    List<LexiconTerm> check(FactFileJson.LexiconFile parsed) {
        List<LexiconTerm> terms = new ArrayList<>();
        if (parsed.terms() == null) {
            errors.add(file + ": \"terms\" is missing");
            return terms;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < parsed.terms().size(); i++) {
            FactFileJson.TermJson t = parsed.terms().get(i);
            String where = file + ": term " + (t.id() == null ? "$.terms[" + i + "]" : "\"" + t.id() + "\"");
            if (t.id() == null || t.id().isBlank()) {
                errors.add(where + ": id is missing");
                continue;
            }
            if (!ids.add(t.id())) {
                errors.add(where + ": duplicate id");
                continue;
            }
            LexiconTerm.TermType type;
            try {
                type = LexiconTerm.TermType.valueOf(String.valueOf(t.type()).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(where + ": type \"" + t.type() + "\" is not one of country, place, person, organization, topic");
                continue;
            }
            Map<Language, List<String>> aliases = t.aliases().toMap();
            if (aliases.isEmpty()) {
                errors.add(where + ": has no alias");
                continue;
            }
            terms.add(new LexiconTerm(t.id(), type, Boolean.TRUE.equals(t.subject()), aliases));
        }
        return terms;
    }
}
