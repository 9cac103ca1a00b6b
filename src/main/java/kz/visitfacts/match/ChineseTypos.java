package kz.visitfacts.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chinese typed through pinyin goes wrong by picking a homophone (贸意 for 贸易, 投姿 for 投资): a stretch of
 * a question that is no known word, but sounds exactly like one known word and differs from it in one
 * character, is read as that word. Pinyin comes from ICU's Han-Latin transliterator, loaded on first use.
 */
final class ChineseTypos {
    /** A stretch of the question read as another word. */
    record Correction(String from, String to) {
    }

    private static final int LONGEST = 4;

    private final Set<String> known;
    /** The longest known word: a stretch that long or shorter may be a known word to step over. */
    private final int longestKnown;
    private final QuestionWords words;
    private volatile Map<String, List<String>> byPinyin;

    ChineseTypos(Set<String> known, QuestionWords words) {
        this.known = Set.copyOf(known);
        this.longestKnown = known.stream().mapToInt(String::length).max().orElse(0);
        this.words = words;
    }

    /** The text with every homophone typo replaced; each replacement is added to {@code corrections}. */
    String correct(String text, List<Correction> corrections) {
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            if (!isHan(text.charAt(i))) {
                i++;
                continue;
            }
            int knownLength = knownAt(text, i);
            if (knownLength > 0) {
                i += knownLength;
                continue;
            }
            Correction c = homophoneAt(text, i);
            if (c == null) {
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text);
            }
            out.replace(i, i + c.to().length(), c.to());
            corrections.add(c);
            i += c.to().length();
        }
        return out == null ? text : out.toString();
    }

    private int knownAt(String text, int at) {
        for (int len = Math.min(longestKnown, text.length() - at); len >= 2; len--) {
            if (known.contains(text.substring(at, at + len))) {
                return len;
            }
        }
        return 0;
    }

    private Correction homophoneAt(String text, int at) {
        for (int len = Math.min(LONGEST, text.length() - at); len >= 2; len--) {
            String window = text.substring(at, at + len);
            if (!window.chars().allMatch(ch -> isHan((char) ch) && !words.isFunctionCharacter((char) ch))) {
                continue;
            }
            String match = null;
            for (String candidate : index().getOrDefault(pinyin(window), List.of())) {
                if (differsInOne(window, candidate)) {
                    if (match != null) {
                        return null;
                    }
                    match = candidate;
                }
            }
            if (match != null) {
                return new Correction(window, match);
            }
        }
        return null;
    }

    private static boolean differsInOne(String a, String b) {
        int diff = 0;
        for (int i = 0; i < a.length(); i++) {
            diff += a.charAt(i) == b.charAt(i) ? 0 : 1;
        }
        return diff == 1;
    }

    private Map<String, List<String>> index() {
        Map<String, List<String>> m = byPinyin;
        if (m == null) {
            m = new HashMap<>();
            for (String w : known) {
                if (w.length() >= 2 && w.length() <= LONGEST && w.chars().allMatch(ch -> isHan((char) ch))) {
                    m.computeIfAbsent(pinyin(w), k -> new ArrayList<>()).add(w);
                }
            }
            byPinyin = m;
        }
        return m;
    }

    private static String pinyin(String word) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            sb.append(syllable(word.charAt(i))).append(' ');
        }
        return sb.toString();
    }

    private static String syllable(char c) {
        return CharacterTables.pinyin(c);
    }

    private static boolean isHan(char c) {
        return Han.is(c);
    }
}
