package kz.visitfacts.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the matcher needs of ICU, drawn from it once at build time into small tables under
 * {@code resources/kz/visitfacts/match/tables} (a test checks they still equal what ICU gives, and rewrites
 * them with {@code -Dgolden.update=true}): traditional and simplified characters both ways, the toneless
 * pinyin of each character, number words, and country names. ICU itself (13 MB, and over a second to load
 * its transliterators and locale data) is then no longer needed to run.
 */
public final class CharacterTables {
    static final String TRADITIONAL_TO_SIMPLIFIED = "traditional-simplified.tsv";
    static final String SIMPLIFIED_TO_TRADITIONAL = "simplified-traditional.tsv";
    static final String PINYIN = "pinyin.tsv";
    static final String SPELLED_NUMBERS = "spelled-numbers.tsv";
    static final String COUNTRIES = "countries.tsv";

    private CharacterTables() {
    }

    // Each table is read on first use, by the class that holds it.
    private static final class ToSimplified {
        static final Map<Integer, String> MAP = codePointMap(TRADITIONAL_TO_SIMPLIFIED);
    }

    private static final class ToTraditional {
        static final Map<String, String> RULES = stringMap(SIMPLIFIED_TO_TRADITIONAL);
        static final int LONGEST = RULES.keySet().stream().mapToInt(String::length).max().orElse(1);
    }

    private static final class Pinyin {
        static final Map<Integer, String> MAP = codePointMap(PINYIN);
    }

    /** A character in simplified Chinese (itself when it has no other form). */
    static String simplified(int cp) {
        String s = ToSimplified.MAP.get(cp);
        return s == null ? Character.toString(cp) : s;
    }

    /**
     * Simplified Chinese text in traditional characters, for readers who asked in them: whole words first
     * (关系 → 關係, where 系 alone stays 系), then single characters, as ICU's rules do.
     */
    public static String traditional(String simplified) {
        Map<String, String> rules = ToTraditional.RULES;
        StringBuilder out = new StringBuilder(simplified.length());
        int i = 0;
        while (i < simplified.length()) {
            int found = 0;
            for (int len = Math.min(ToTraditional.LONGEST, simplified.length() - i); len >= 1; len--) {
                String t = rules.get(simplified.substring(i, i + len));
                if (t != null) {
                    out.append(t);
                    found = len;
                    break;
                }
            }
            if (found == 0) {
                out.append(simplified.charAt(i));
                found = 1;
            }
            i += found;
        }
        return out.toString();
    }

    /** The toneless pinyin syllable of a Chinese character (贸 → mao), or the character itself when it has none. */
    static String pinyin(char c) {
        String p = Pinyin.MAP.get((int) c);
        return p == null ? String.valueOf(c) : p;
    }

    /** Number words (seventy, семидесяти, жетпіс, second) and the values they spell. */
    static Map<String, Integer> spelledNumbers() {
        Map<String, Integer> words = new HashMap<>();
        for (String[] row : rows(SPELLED_NUMBERS)) {
            words.put(row[0], Integer.parseInt(row[1]));
        }
        return words;
    }

    /** Every country: its ISO code, then its name in Chinese, English, Russian and Kazakh ("" where there is none). */
    static List<String[]> countries() {
        return rows(COUNTRIES);
    }

    private static Map<String, String> stringMap(String table) {
        Map<String, String> map = new HashMap<>();
        for (String[] row : rows(table)) {
            map.put(row[0], row[1]);
        }
        return map;
    }

    private static Map<Integer, String> codePointMap(String table) {
        Map<Integer, String> map = new HashMap<>();
        for (String[] row : rows(table)) {
            map.put(row[0].codePointAt(0), row[1]);
        }
        return map;
    }

    static List<String[]> rows(String table) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = CharacterTables.class.getResourceAsStream("tables/" + table)) {
            if (in == null) {
                throw new IllegalStateException("missing resource tables/" + table);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isEmpty()) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
