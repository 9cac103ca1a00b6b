package kz.visitfacts.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which way a flow goes between the sources' subject countries: "中国对哈投资", "China invested in Kazakhstan",
 * "инвестиции Китая в Казахстан", "Қытай Қазақстанға" all go from China to Kazakhstan, and so do "中国学生在哈萨克斯坦"
 * and "Chinese students at Kazakh universities": people of one country where the other is. A question asking the
 * other way ("Kazakhstan's investment in China", "Kazakh students in China") must not get the figure of this one.
 */
final class Direction {
    /** A subject country and the folded words that name it. */
    record Subject(String id, List<String> names) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}]+");
    /** Kazakh dative endings, as folded (ға/ге/қа/ке/на/не): a name with one says where something goes. */
    private static final List<String> KAZAKH_DATIVE = List.of("га", "ге", "ка", "ке", "на", "не");
    /** The words before a name that say it is where something goes or is: "in China", "to China", "at Chinese universities". */
    private static final java.util.Set<String> TOWARDS = java.util.Set.of("in", "into", "to", "at", "в", "во");
    /** The Chinese characters that lead to where something goes or is: 对, 向, 在, 到, 赴 (中国对哈, 学生在中国, 向哈萨克斯坦). */
    private static final String CHINESE_TOWARDS = "(?:对|向|在|到|赴)";
    /**
     * How many characters of one clause may stand between a country named in full and the character leading to the
     * other: "中国每年将向哈萨克斯坦" (China, each year, to Kazakhstan), "哈萨克斯坦学生在中国" (Kazakh students in China).
     */
    private static final int CHINESE_APART = 8;

    private final List<Subject> subjects;
    private final Pattern chinese;
    /** A country named in full, then a few characters of its clause, then 对/向/在/到/赴 and the other country. */
    private final Pattern chineseApart;
    private final Map<String, String> chineseNames;
    /** The beginnings that mark a Latin or Cyrillic word as naming a subject ("kazakhsta" for Kazakhstan's). */
    private final List<Map.Entry<String, String>> wordBeginnings = new ArrayList<>();

    Direction(List<Subject> subjects) {
        this.subjects = List.copyOf(subjects);
        // Chinese abbreviates a country by its first character (中, 哈) right before or after 对/向/在.
        Map<String, String> names = new java.util.HashMap<>();
        for (Subject s : subjects) {
            for (String n : s.names()) {
                if (TermDictionary.isAllHan(n) && n.length() >= 2) {
                    names.putIfAbsent(n, s.id());
                    names.putIfAbsent(n.substring(0, 1), s.id());
                }
            }
        }
        names.keySet().removeIf(n -> names.get(n) == null);
        // A name that starts with the character leading to it (在华: in China) names the country after 对/向 too (对华).
        Map<String, String> towardsNames = new java.util.HashMap<>(names);
        names.forEach((n, id) -> {
            if (n.length() >= 2 && Pattern.matches(CHINESE_TOWARDS, n.substring(0, 1))) {
                towardsNames.putIfAbsent(n.substring(1), id);
            }
        });
        this.chineseNames = Map.copyOf(towardsNames);
        String alternatives = alternatives(names.keySet());
        String towards = CHINESE_TOWARDS + "(" + alternatives(towardsNames.keySet()) + ")";
        this.chinese = names.isEmpty() ? null : Pattern.compile("(" + alternatives + ")" + towards);
        // Apart, only a full name leads: a one-character abbreviation (中, 哈) is too common a character on its own.
        String full = alternatives(names.keySet().stream().filter(n -> n.length() >= 2).toList());
        this.chineseApart = full.isEmpty() ? null
                : Pattern.compile("(" + full + ")[^，,。.；;：:、！!？?\\s]{1," + CHINESE_APART + "}?" + towards);
        for (Subject s : subjects) {
            for (String n : s.names()) {
                if (!TermDictionary.isAllHan(n) && n.length() >= 4 && !n.contains(" ")) {
                    // A long name loses its last letter to inflection (Казахстан → Казахстана, Kazakhstan's).
                    wordBeginnings.add(Map.entry(n.length() > 6 ? n.substring(0, n.length() - 1) : n, s.id()));
                }
            }
        }
    }

    /** Names as alternatives of a pattern, the longest first. */
    private static String alternatives(java.util.Collection<String> names) {
        return String.join("|", names.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList());
    }

    /** "FROM>TO" when the folded text says which way between two different subjects, else null. */
    String of(String folded) {
        for (Pattern p : java.util.Arrays.asList(chinese, chineseApart)) {
            // Both patterns end in a character that leads somewhere (对, 向, 到): without one they cannot match.
            if (p == null || !TextNormalizer.holdsAnyOf(folded, TOWARDS_CHARACTERS)) {
                continue;
            }
            Matcher m = p.matcher(folded);
            while (m.find()) {
                String from = chineseNames.get(m.group(1));
                String to = chineseNames.get(m.group(2));
                if (!from.equals(to)) {
                    return from + ">" + to;
                }
            }
        }
        List<String> words = new ArrayList<>();
        Matcher w = WORD.matcher(folded);
        while (w.find()) {
            words.add(w.group());
        }
        String first = null;
        for (int i = 0; i < words.size(); i++) {
            String id = subjectOf(words.get(i));
            if (id == null) {
                continue;
            }
            if (first == null) {
                first = id;
                continue;
            }
            if (id.equals(first)) {
                continue;
            }
            String before = i > 0 ? words.get(i - 1) : "";
            boolean towards = TOWARDS.contains(before) || isDative(words.get(i));
            if (towards) {
                return first + ">" + id;
            }
        }
        return null;
    }

    /** The characters of {@link #CHINESE_TOWARDS}. */
    private static final String TOWARDS_CHARACTERS = "对向在到赴";

    private boolean isDative(String word) {
        for (String ending : KAZAKH_DATIVE) {
            if (word.endsWith(ending)) {
                String stem = word.substring(0, word.length() - ending.length());
                if (subjects.stream().anyMatch(s -> s.names().contains(stem))) {
                    return true;
                }
            }
        }
        return false;
    }

    private String subjectOf(String word) {
        for (Map.Entry<String, String> beginning : wordBeginnings) {
            if (word.startsWith(beginning.getKey())) {
                return beginning.getValue();
            }
        }
        return null;
    }

    static boolean opposite(String a, String b) {
        return a != null && b != null && !a.equals(b);
    }
}
