package kz.visitfacts.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A measure's cues: Chinese ones found anywhere, Latin and Cyrillic ones by their first word, and the Chinese
 * ones of "how many" and a counted thing of two characters or more, as {how many, thing} to find apart.
 */
record CueWords(List<String> han, Map<String, List<String[]>> byFirstWord, List<String[]> hanApart,
                Map<String, List<String[]>> prefixedByStart) {
    /**
     * Phrases whose first word is a prefix (отказ*) are looked up by the first {@value #PREFIX_KEY} letters of a word
     * (comparing each with every word was the costliest step of checking a claim); shorter prefixes under "".
     */
    static final int PREFIX_KEY = 3;

    /** The Chinese question words for "how many" that begin a measure's cue (多少游客, 几名). */
    private static final List<String> HOW_MANY = List.of("多少", "几");
    /** How many characters may stand between 多少 and what it counts: a name or a word (多少中国游客). */
    private static final int HAN_INSIDE = 4;
    /** What may end a question after "how many" when the counted thing comes first (游客有多少呢). */
    private static final String CLOSING_PARTICLES = "呢吗啊呀吧了";

    /**
     * A cue list as plain lookups (regular expressions over many alternatives were the slowest step of a
     * question): Chinese cues are found anywhere, Latin and Cyrillic cues as whole words, where a trailing
     * '*' takes any ending.
     */
    static CueWords of(List<String> words) {
        List<String> han = new ArrayList<>();
        Map<String, List<String[]>> byFirstWord = new HashMap<>();
        for (String w : words) {
            String word = TextNormalizer.foldSimplified(w);
            // Chinese cues, and signs such as %, are found anywhere; words only as words.
            if (word.codePoints().anyMatch(cp -> Han.is(cp))
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
        List<String[]> apart = new ArrayList<>();
        for (String cue : han) {
            HOW_MANY.stream().filter(h -> cue.startsWith(h) && cue.length() >= h.length() + 2).findFirst()
                    .ifPresent(h -> apart.add(new String[] {h, cue.substring(h.length())}));
        }
        Map<String, List<String[]>> prefixed = new HashMap<>();
        for (String[] phrase : byFirstWord.getOrDefault("*", List.of())) {
            String prefix = phrase[0].substring(0, phrase[0].length() - 1);
            prefixed.computeIfAbsent(prefix.length() < PREFIX_KEY ? "" : prefix.substring(0, PREFIX_KEY), k -> new ArrayList<>()).add(phrase);
        }
        return new CueWords(List.copyOf(han), Map.copyOf(byFirstWord), List.copyOf(apart), Map.copyOf(prefixed));
    }

    /** The phrases starting with a prefix that {@code word} may begin with: those of its first letters, and the short ones. */
    private List<List<String[]>> prefixedFor(String word) {
        List<String[]> start = word.length() < PREFIX_KEY ? null : prefixedByStart.get(word.substring(0, PREFIX_KEY));
        List<String[]> shortOnes = prefixedByStart.get("");
        return start == null ? (shortOnes == null ? List.of() : List.of(shortOnes))
                : shortOnes == null ? List.of(start) : List.of(start, shortOnes);
    }

    /**
     * Whether a Chinese cue of "how many" and a counted thing (多少游客) is in the question with a few characters
     * between its two parts (多少中国游客), or the other way round at the end (中国游客有多少). Only for a thing
     * of two characters or more: one character is a counter (多少家, 多少名), which follows 多少 right away, and
     * found apart it is too easily part of another word (多少亿人民币, 国家有多少).
     */
    boolean foundApartInChinese(String folded) {
        for (String[] cue : hanApart) {
            String head = cue[0];
            String tail = cue[1];
            for (int at = folded.indexOf(head); at >= 0; at = folded.indexOf(head, at + 1)) {
                int from = at + head.length();
                int to = folded.indexOf(tail, from);
                if (to >= 0 && to - from <= HAN_INSIDE && allHan(folded, from, to)) {
                    return true;
                }
                if (endsAfter(folded, from) && before(folded, tail, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean allHan(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Han.is(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether nothing but closing particles and punctuation follows {@code from}. */
    private static boolean endsAfter(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Han.is(c) ? CLOSING_PARTICLES.indexOf(c) < 0 : Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code tail} ends right before {@code at}, or one character (有, 是) before it. */
    private static boolean before(String s, String tail, int at) {
        return s.startsWith(tail, at - tail.length()) || at > tail.length() && s.startsWith(tail, at - tail.length() - 1);
    }

    /** Whether a multi-word cue stands in the words with one other word between two of its own. */
    boolean foundWithOneWordInside(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            List<String[]> phrases = byFirstWord.get(words.get(i));
            if (phrases == null) {
                continue;
            }
            for (String[] phrase : phrases) {
                for (int gapAfter = 0; gapAfter < phrase.length - 1; gapAfter++) {
                    if (matchesAt(phrase, words, i, gapAfter)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The phrase's words from {@code at}, with one word skipped after its word {@code gapAfter}. */
    private static boolean matchesAt(String[] phrase, List<String> words, int at, int gapAfter) {
        if (at + phrase.length + 1 > words.size()) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            if (!wordMatches(phrase[k], words.get(at + k + (k > gapAfter ? 1 : 0)))) {
                return false;
            }
        }
        return true;
    }

    static boolean wordMatches(String p, String w) {
        // Compared in place: cutting the '*' off every time was one of the costliest steps of a question.
        int last = p.length() - 1;
        return last >= 0 && p.charAt(last) == '*' ? w.regionMatches(0, p, 0, last) : w.equals(p);
    }

    /** The phrases of this cue list found in a question: Chinese cues as they are, word cues as the words found. */
    List<String> phrasesIn(String folded, List<String> words) {
        List<String> found = new ArrayList<>();
        for (String h : han) {
            if (folded.contains(h)) {
                found.add(h);
            }
        }
        for (int i = 0; i < words.size(); i++) {
            List<List<String[]>> lists = new ArrayList<>();
            if (byFirstWord.get(words.get(i)) != null) {
                lists.add(byFirstWord.get(words.get(i)));
            }
            lists.addAll(prefixedFor(words.get(i)));
            for (List<String[]> phrases : lists) {
                for (String[] phrase : phrases) {
                    if (i + phrase.length <= words.size() && matchesFrom(phrase, words, i)) {
                        found.add(String.join(" ", words.subList(i, i + phrase.length)));
                    }
                }
            }
        }
        return found;
    }

    private static boolean matchesFrom(String[] phrase, List<String> words, int at) {
        for (int k = 0; k < phrase.length; k++) {
            if (!wordMatches(phrase[k], words.get(at + k))) {
                return false;
            }
        }
        return true;
    }

    boolean foundIn(String folded, List<String> words) {
        for (String h : han) {
            if (folded.contains(h)) {
                return true;
            }
        }
        for (int i = 0; i < words.size(); i++) {
            if (startsAt(byFirstWord.get(words.get(i)), words, i)) {
                return true;
            }
            // Most lists have no phrase that begins with a prefix (отказ*): no need to cut the word's first letters.
            if (prefixedByStart.isEmpty()) {
                continue;
            }
            for (List<String[]> prefixed : prefixedFor(words.get(i))) {
                if (startsAt(prefixed, words, i)) {
                    return true;
                }
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
                all = wordMatches(phrase[k], words.get(at + k));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
