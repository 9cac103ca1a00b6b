package kz.visitfacts.match;

import java.util.ArrayList;
import java.util.List;

/**
 * Claims made by two parts apart in one clause: "why" and, later, a negation ("why did Xi not meet Tokayev alone?",
 * 为什么习近平这次没有单独会见托卡耶夫, почему Монголия не участвует, Моңғолия неге қатыспайды). Asking why
 * something did not happen says that it did not. Written in the language file's premises as "why … not": the part
 * before the ellipsis, then the part after it anywhere later in the clause. A part that begins with '*' is a word
 * ending (*майды: a Kazakh verb negated), one that ends with '*' a word beginning, as in other cues. A premise written
 * "!phrase" is no negation though it looks like one (有没有, 未来, "не только", көбейді): it is set aside first.
 */
final class ClaimsApart {
    /** What divides the two parts of such a claim in the language file. */
    static final String GAP = "…";
    /** What marks a phrase that only looks like a negation. */
    static final String NOT_A_NEGATION = "!";
    /** What ends a clause: the two parts of a claim are never read across one. */
    private static final String CLAUSE_ENDS = "，,。.？?！!；;：:\n";

    private sealed interface Claim permits HanClaim, WordClaim {
    }

    /** A Chinese claim: its two parts found as they are. */
    private record HanClaim(String head, String tail) implements Claim {
    }

    /** A claim of words: each part a phrase of one or more words. */
    private record WordClaim(String[] head, String[] tail) implements Claim {
    }

    private final List<Claim> claims;
    private final List<String> notNegations;
    /** The text each claim's first part begins with: a text holding none of them makes no claim. */
    private final List<String> firstWords;

    private ClaimsApart(List<Claim> claims, List<String> notNegations) {
        this.claims = claims;
        this.notNegations = notNegations;
        this.firstWords = claims.stream().map(ClaimsApart::firstWord).distinct().toList();
    }

    /** The claims among {@code premises} (those written with {@link #GAP}) and the phrases that are no negation. */
    static ClaimsApart of(List<String> premises) {
        List<Claim> claims = new ArrayList<>();
        List<String> notNegations = new ArrayList<>();
        for (String p : premises) {
            if (p.startsWith(NOT_A_NEGATION)) {
                notNegations.add(TextNormalizer.foldSimplified(p.substring(NOT_A_NEGATION.length())).strip());
                continue;
            }
            int gap = p.indexOf(GAP);
            if (gap < 0) {
                continue;
            }
            String head = TextNormalizer.foldSimplified(p.substring(0, gap)).strip();
            String tail = TextNormalizer.foldSimplified(p.substring(gap + GAP.length())).strip();
            if (head.codePoints().anyMatch(Han::is)) {
                claims.add(new HanClaim(head, tail));
            } else {
                String[] h = parts(head);
                String[] t = parts(tail);
                if (h.length > 0 && t.length > 0) {
                    claims.add(new WordClaim(h, t));
                }
            }
        }
        return new ClaimsApart(List.copyOf(claims), List.copyOf(notNegations));
    }

    /** Whether the language file's premises hold a claim of two parts or a phrase that is no negation. */
    static boolean isOne(String premise) {
        return premise.contains(GAP) || premise.startsWith(NOT_A_NEGATION);
    }

    /** A part cut into words like a question (didn't → didn, t), keeping a leading or trailing '*'. */
    private static String[] parts(String part) {
        boolean ending = part.startsWith("*");
        boolean beginning = part.endsWith("*");
        String bare = part.substring(ending ? 1 : 0, Math.max(ending ? 1 : 0, part.length() - (beginning ? 1 : 0)));
        List<String> words = new ArrayList<>(TextAnalyzer.words(bare));
        if (words.isEmpty()) {
            return new String[0];
        }
        if (ending) {
            words.set(0, "*" + words.get(0));
        }
        if (beginning) {
            words.set(words.size() - 1, words.get(words.size() - 1) + "*");
        }
        return words.toArray(String[]::new);
    }

    /** Whether a folded text makes one of the claims within one of its clauses. */
    boolean foundIn(String folded) {
        // Most questions ask no "why": no clause need be cut where no claim's first word is even in the text.
        if (firstWords.stream().noneMatch(folded::contains)) {
            return false;
        }
        int start = 0;
        for (int i = 0; i <= folded.length(); i++) {
            if (i == folded.length() || CLAUSE_ENDS.indexOf(folded.charAt(i)) >= 0) {
                if (i > start && inClause(withoutNotNegations(folded.substring(start, i)))) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    /** The text a claim's first part begins with (a word's ending or beginning without its '*'). */
    private static String firstWord(Claim c) {
        if (c instanceof HanClaim h) {
            return h.head();
        }
        String first = ((WordClaim) c).head()[0];
        return first.replace("*", "");
    }

    private boolean inClause(String clause) {
        List<String> words = null;
        for (Claim c : claims) {
            if (c instanceof HanClaim h) {
                int at = clause.indexOf(h.head());
                if (at >= 0 && clause.indexOf(h.tail(), at + h.head().length()) >= 0) {
                    return true;
                }
            } else if (c instanceof WordClaim w) {
                words = words == null ? TextAnalyzer.words(clause) : words;
                int after = end(w.head(), words, 0);
                if (after >= 0 && end(w.tail(), words, after) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The clause with the phrases that only look like a negation blanked out (Chinese anywhere, words whole). */
    private String withoutNotNegations(String clause) {
        StringBuilder out = null;
        for (String phrase : notNegations) {
            boolean han = phrase.codePoints().anyMatch(Han::is);
            for (int at = clause.indexOf(phrase); at >= 0; at = clause.indexOf(phrase, at + 1)) {
                int end = at + phrase.length();
                if (han || (at == 0 || !Character.isLetter(clause.charAt(at - 1)))
                        && (end == clause.length() || !Character.isLetter(clause.charAt(end)))) {
                    out = out == null ? new StringBuilder(clause) : out;
                    for (int k = at; k < end; k++) {
                        out.setCharAt(k, ' ');
                    }
                }
            }
        }
        return out == null ? clause : out.toString();
    }

    /** Where the first match of {@code phrase} at or after {@code from} ends, or -1. */
    private static int end(String[] phrase, List<String> words, int from) {
        for (int i = from; i + phrase.length <= words.size(); i++) {
            boolean all = true;
            for (int k = 0; k < phrase.length && all; k++) {
                all = matches(phrase[k], words.get(i + k));
            }
            if (all) {
                return i + phrase.length;
            }
        }
        return -1;
    }

    private static boolean matches(String part, String word) {
        if (part.startsWith("*")) {
            // An ending needs a stem before it: *майды is not the word майды.
            return word.length() > part.length() - 1 && word.endsWith(part.substring(1));
        }
        return CueWords.wordMatches(part, word);
    }
}
