package kz.visitfacts.match;

import java.util.ArrayList;
import java.util.List;

/**
 * Claims made by two parts apart: "why" and, later in the question, a negation ("why did Xi not meet Tokayev alone?",
 * 为什么习近平这次没有单独会见托卡耶夫, почему Монголия не участвует, Моңғолия неге қатыспайды). Asking why
 * something did not happen says that it did not. Written in the language file's premises as "why … not": the part
 * before the ellipsis, then the part after it anywhere later. A part that begins with '*' is a word ending (*майды:
 * a Kazakh verb negated), one that ends with '*' a word beginning, as in other cues.
 */
final class ClaimsApart {
    /** What divides the two parts of such a claim in the language file. */
    static final String GAP = "…";

    private record Claim(String hanHead, String hanTail, String[] head, String[] tail) {
    }

    private final List<Claim> claims;

    private ClaimsApart(List<Claim> claims) {
        this.claims = claims;
    }

    /** The claims among {@code premises} (those written with {@link #GAP}); the others are left out. */
    static ClaimsApart of(List<String> premises) {
        List<Claim> claims = new ArrayList<>();
        for (String p : premises) {
            int gap = p.indexOf(GAP);
            if (gap < 0) {
                continue;
            }
            String head = TextNormalizer.foldSimplified(p.substring(0, gap)).strip();
            String tail = TextNormalizer.foldSimplified(p.substring(gap + GAP.length())).strip();
            boolean han = head.codePoints().anyMatch(Han::is);
            claims.add(han ? new Claim(head, tail, null, null) : new Claim(null, null, parts(head), parts(tail)));
        }
        return new ClaimsApart(List.copyOf(claims));
    }

    /** A part cut into words like a question (didn't → didn, t), keeping a leading or trailing '*'. */
    private static String[] parts(String part) {
        boolean ending = part.startsWith("*");
        boolean beginning = part.endsWith("*");
        String bare = part.substring(ending ? 1 : 0, part.length() - (beginning ? 1 : 0));
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

    /** Whether a folded text, cut into {@code words}, makes one of the claims. */
    boolean foundIn(String folded, List<String> words) {
        for (Claim c : claims) {
            if (c.hanHead() != null) {
                int at = folded.indexOf(c.hanHead());
                if (at >= 0 && folded.indexOf(c.hanTail(), at + c.hanHead().length()) >= 0) {
                    return true;
                }
            } else if (c.head().length > 0 && c.tail().length > 0) {
                int after = end(c.head(), words, 0);
                if (after >= 0 && end(c.tail(), words, after) >= 0) {
                    return true;
                }
            }
        }
        return false;
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
