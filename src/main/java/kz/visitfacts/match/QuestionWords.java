package kz.visitfacts.match;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import kz.visitfacts.facts.FactKind;

/**
 * The words that shape a question rather than name its subject: stop words to drop, and cues
 * ("多少美元", "how many", "когда") that tell which kind of figure is asked for.
 */
final class QuestionWords {
    private final Set<String> stopwords;
    private final List<Cue> cues;

    private record Cue(Set<FactKind> kinds, Pattern pattern) {
    }

    private record Json(Map<String, List<String>> stopwords, List<CueJson> cues) {
    }

    private record CueJson(List<String> kinds, List<String> words) {
    }

    private QuestionWords(Set<String> stopwords, List<Cue> cues) {
        this.stopwords = stopwords;
        this.cues = cues;
    }

    static QuestionWords load() {
        try (InputStream in = QuestionWords.class.getResourceAsStream("question-words.json")) {
            if (in == null) {
                throw new IllegalStateException("question-words.json is missing from the class path");
            }
            Json json = new ObjectMapper().readValue(in, Json.class);
            Set<String> stop = new HashSet<>();
            json.stopwords().values().forEach(words -> words.forEach(w -> stop.add(w.toLowerCase(Locale.ROOT))));
            List<Cue> cues = new ArrayList<>();
            for (CueJson c : json.cues()) {
                EnumSet<FactKind> kinds = EnumSet.noneOf(FactKind.class);
                c.kinds().forEach(k -> kinds.add(FactKind.valueOf(k.toUpperCase(Locale.ROOT))));
                cues.add(new Cue(kinds, alternation(c.words())));
            }
            return new QuestionWords(Set.copyOf(stop), List.copyOf(cues));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One pattern for a cue list; Latin and Cyrillic cues stand as whole words, a trailing '*' takes any ending. */
    private static Pattern alternation(List<String> words) {
        List<String> parts = new ArrayList<>();
        for (String w : words) {
            String word = w.toLowerCase(Locale.ROOT);
            boolean prefix = word.endsWith("*");
            String body = Pattern.quote(prefix ? word.substring(0, word.length() - 1) : word);
            boolean han = word.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
            parts.add(han ? body : "(?<![\\p{L}\\d])" + body + (prefix ? "\\p{L}*" : "") + "(?![\\p{L}\\d])");
        }
        return Pattern.compile(String.join("|", parts));
    }

    boolean isStopword(String word) {
        return stopwords.contains(word);
    }

    /**
     * The kinds of figure the folded question asks for: where several cues speak, the kinds they agree on,
     * or else those of the most specific cue; empty when no cue speaks.
     */
    Set<FactKind> askedKinds(String folded) {
        Set<FactKind> agreed = null;
        Set<FactKind> narrowest = null;
        for (Cue cue : cues) {
            if (cue.pattern().matcher(folded).find()) {
                if (agreed == null) {
                    agreed = EnumSet.copyOf(cue.kinds());
                } else {
                    agreed.retainAll(cue.kinds());
                }
                if (narrowest == null || cue.kinds().size() < narrowest.size()) {
                    narrowest = cue.kinds();
                }
            }
        }
        if (agreed == null) {
            return Set.of();
        }
        return Set.copyOf(agreed.isEmpty() ? narrowest : agreed);
    }
}
