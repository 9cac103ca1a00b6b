package kz.visitfacts.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Why a question gets the answer it gets, for curators: how the question was read (rewrites, typos), each
 * term with its weight and rarity and how it was found, the top candidates with the terms they share and
 * where in the fact, the rules applied, and the verdict; for a follow-up, what it inherited from the conversation.
 */
public record Explanation(String question, String readAs, List<String> corrections, List<TermLine> terms,
                          List<String> askedKinds, List<String> askedMeasures, List<CandidateLine> candidates,
                          boolean answered, String verdict, List<String> followUp) {
    /** One term of the question: how much it says, how rare it is, and the index key it was found under. */
    public record TermLine(String key, String type, double weight, double idf, String foundAs, String via) {
    }

    /** One candidate fact with its scores and the question's terms it holds. */
    public record CandidateLine(String factId, String figure, double score, double coverage, double evidence,
                                String kindRule, String measure, List<String> matched) {
        public CandidateLine {
            matched = List.copyOf(matched);
        }
    }

    public Explanation {
        corrections = List.copyOf(corrections);
        terms = List.copyOf(terms);
        askedKinds = List.copyOf(askedKinds);
        askedMeasures = List.copyOf(askedMeasures);
        candidates = List.copyOf(candidates);
        followUp = List.copyOf(followUp);
    }

    /** The explanation as lines of text for a terminal. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add("question: " + question);
        out.add("read as:  " + readAs);
        corrections.forEach(c -> out.add("typo:     " + c));
        followUp.forEach(c -> out.add("context:  " + c));
        out.add("asks for: " + (askedKinds.isEmpty() ? "any kind" : String.join(", ", askedKinds))
                + (askedMeasures.isEmpty() ? "" : "; measure " + String.join(" or ", askedMeasures)));
        out.add("terms:");
        for (TermLine t : terms) {
            out.add(String.format(Locale.ROOT, "  %-28s %-11s weight %.2f idf %.2f%s", t.key(), t.type(), t.weight(), t.idf(),
                    t.via().equals("exact") ? "" : t.via().equals("none") ? "  (in no fact)" : "  → " + t.foundAs() + " (" + t.via() + ")"));
        }
        out.add("candidates:");
        for (CandidateLine c : candidates) {
            out.add(String.format(Locale.ROOT, "  %s  %s  score %.3f coverage %.2f evidence %.2f; %s%s", c.factId(), c.figure(),
                    c.score(), c.coverage(), c.evidence(), c.kindRule(), c.measure() == null ? "" : "; measure " + c.measure()));
            c.matched().forEach(m -> out.add("      " + m));
        }
        out.add((answered ? "ANSWERED — " : "REFUSED — ") + verdict);
        return out;
    }
}
