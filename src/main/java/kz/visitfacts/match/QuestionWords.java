package kz.visitfacts.match;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.visitfacts.facts.FactKind;

/**
 * The words that shape a question rather than name its subject: stop words to drop, and cues
 * ("多少美元", "how many", "когда") that tell which kind of figure is asked for.
 */
final class QuestionWords {
    private final Set<String> stopwords;
    private final List<Cue> cues;

    private record Cue(Set<FactKind> kinds, CueWords words) {
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
                cues.add(new Cue(kinds, cueWords(c.words())));
            }
            return new QuestionWords(Set.copyOf(stop), List.copyOf(cues));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A cue list as plain lookups (regular expressions over many alternatives were the slowest step of a
     * question): Chinese cues are found anywhere, Latin and Cyrillic cues as whole words, where a trailing
     * '*' takes any ending.
     */
    private static CueWords cueWords(List<String> words) {
        List<String> han = new ArrayList<>();
        Map<String, List<String[]>> byFirstWord = new HashMap<>();
        for (String w : words) {
            String word = w.toLowerCase(Locale.ROOT);
            // Chinese cues, and signs such as %, are found anywhere; words only as words.
            if (word.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                    || word.codePoints().noneMatch(Character::isLetterOrDigit)) {
                han.add(word);
            } else {
                // Cut like the question itself (what's → what, s), keeping a trailing '*' on the last word.
                boolean prefix = word.endsWith("*");
                List<String> cut = new ArrayList<>(TextAnalyzer.words(prefix ? word.substring(0, word.length() - 1) : word));
                if (cut.isEmpty()) {
                    continue;
                }
                if (prefix) {
                    cut.set(cut.size() - 1, cut.get(cut.size() - 1) + "*");
                }
                String[] parts = cut.toArray(String[]::new);
                String first = parts[0].endsWith("*") ? "*" : parts[0];
                byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(parts);
            }
        }
        return new CueWords(List.copyOf(han), Map.copyOf(byFirstWord));
    }

    private record CueWords(List<String> han, Map<String, List<String[]>> byFirstWord) {
        boolean foundIn(String folded, List<String> words) {
            for (String h : han) {
                if (folded.contains(h)) {
                    return true;
                }
            }
            for (int i = 0; i < words.size(); i++) {
                if (startsAt(byFirstWord.get(words.get(i)), words, i) || startsAt(byFirstWord.get("*"), words, i)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean startsAt(List<String[]> phrases, List<String> words, int at) {
            if (phrases == null) {
                return false;
            }
            for (String[] phrase : phrases) {
                if (at + phrase.length > words.size()) {
                    continue;
                }
                boolean all = true;
                for (int k = 0; k < phrase.length && all; k++) {
                    String p = phrase[k];
                    String w = words.get(at + k);
                    all = p.endsWith("*") ? w.startsWith(p.substring(0, p.length() - 1)) : w.equals(p);
                }
                if (all) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A Chinese character that only ever works as grammar or question form: a single-character stop word, or part of 什么, 哪里, 多少. */
    boolean isFunctionCharacter(char c) {
        return FUNCTION_CHARACTERS.indexOf(c) >= 0 || stopwords.contains(String.valueOf(c));
    }

    private static final String FUNCTION_CHARACTERS = "什么哪多少几怎谁啥";

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
        List<String> words = TextAnalyzer.words(folded);
        for (Cue cue : cues) {
            if (cue.words().foundIn(folded, words)) {
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
