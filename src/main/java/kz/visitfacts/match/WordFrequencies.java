package kz.visitfacts.match;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import kz.visitfacts.facts.Language;

/**
 * How common a word is in a language, as a Zipf value: log10 of its uses per billion words, so 7.5 for "the",
 * 5.4 for "read", 3 for a word used once per million; nothing for a word rarer than the table keeps, or
 * unknown. Read once, on first use, from the tables under {@code resources/kz/visitfacts/match/frequencies}
 * that {@code scripts/generate-word-frequencies.sh} writes (docs/word-frequencies.md names their sources).
 *
 * <p>Words are looked up as the matcher sees them: folded by {@link TextNormalizer} (lower case, simplified
 * Chinese, Kazakh letters as Russian ones), and for English, Russian and Kazakh also as {@link Stemmer#stem}
 * stems, whose value adds up every form in the table with that stem (говорит, говорить, говорю → говор). The
 * tables hold words already folded and stemmed, so loading is only reading (WordFrequenciesTest checks them
 * against the matcher's folding and stemming).
 */
final class WordFrequencies {
    static final String FOLDER = "frequencies/";
    private static final String WORDS_HEADER = "# words: ";
    private static final String ZIPF_LINE = "zipf ";
    private static final double MAX_ZIPF = 12.0;

    /**
     * One language's table: folded words and their stems, each to its Zipf value in tenths (one decimal is all
     * the tables hold, and every Byte is a cached object, so a value costs nothing per word).
     */
    private record Table(Map<String, Byte> words, Map<String, Byte> stems) {
    }

    private static final Table NONE = new Table(Map.of(), Map.of());

    private final Map<Language, Table> tables;

    private WordFrequencies(Map<Language, Table> tables) {
        this.tables = tables;
    }

    private static final class Shipped {
        static final WordFrequencies TABLES = load();
    }

    /** The shipped tables, read on the first call. */
    static WordFrequencies shipped() {
        return Shipped.TABLES;
    }

    /** Zipf value of a folded word in a language (traditional Chinese reads the Chinese table). */
    OptionalDouble zipf(Language language, String folded) {
        return value(table(language).words().get(folded));
    }

    /** Zipf value of a stem as {@link Stemmer#stem} gives it: all the forms with that stem together. */
    OptionalDouble stemZipf(Language language, String stem) {
        return value(table(language).stems().get(stem));
    }

    /**
     * The highest Zipf value of a folded word in any of the languages, for text whose language is not known
     * (a Cyrillic word may be Russian or Kazakh): a word common in one of them is not telling.
     */
    OptionalDouble zipf(String folded) {
        return highest(folded, false);
    }

    /** The highest Zipf value of a stem in any of the languages. */
    OptionalDouble stemZipf(String stem) {
        return highest(stem, true);
    }

    /** How many words the table of a language holds. */
    int size(Language language) {
        return table(language).words().size();
    }

    private OptionalDouble highest(String key, boolean stem) {
        int best = -1;
        for (Table t : tables.values()) {
            Byte v = (stem ? t.stems() : t.words()).get(key);
            if (v != null && v > best) {
                best = v;
            }
        }
        return best < 0 ? OptionalDouble.empty() : OptionalDouble.of(best / 10.0);
    }

    private Table table(Language language) {
        return tables.getOrDefault(language == Language.ZH_HANT ? Language.ZH : language, NONE);
    }

    private static OptionalDouble value(Byte tenths) {
        return tenths == null ? OptionalDouble.empty() : OptionalDouble.of(tenths / 10.0);
    }

    static WordFrequencies load() {
        Map<Language, Table> tables = new EnumMap<>(Language.class);
        for (Language language : new Language[] {Language.EN, Language.RU, Language.KK, Language.ZH}) {
            String name = FOLDER + language.code() + ".txt";
            try (InputStream in = WordFrequencies.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + name + " (scripts/generate-word-frequencies.sh writes it)");
                }
                // One String cut at each '\n' with indexOf (an intrinsic): most of a first load runs interpreted.
                tables.put(language, parse(name, language, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(name, e);
            }
        }
        return new WordFrequencies(tables);
    }

    /** Tables given as text in the generator's format, for tests; fails as {@link #shipped()} does on a bad table. */
    static WordFrequencies of(Map<Language, String> texts) {
        Map<Language, Table> tables = new EnumMap<>(Language.class);
        texts.forEach((language, text) -> tables.put(language, parse(FOLDER + language.code() + ".txt", language, text)));
        return new WordFrequencies(tables);
    }

    private static Table parse(String name, Language language, String text) {
        TableReader reader = new TableReader(name, language != Language.ZH && language != Language.ZH_HANT);
        for (int start = 0, end; start < text.length(); start = end + 1) {
            end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            reader.line(text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end));
        }
        return reader.table();
    }

    /**
     * Reads one table a line at a time: comment lines, among them {@code # words: N}; then "zipf Z" lines, Z
     * falling, each followed by its words, one a line, each with its stem after a tab (the first N letters, or
     * the stem itself) unless it is its own stem or the language has none; N words in all, none twice. A method
     * call per line, so the JIT compiles it within the first few hundred lines; a loop inside one call would
     * run interpreted to the end of the table.
     */
    private static final class TableReader {
        private final String name;
        private final boolean stemmed;
        private final Map<String, Byte> words = new HashMap<>(1 << 14);
        private final Map<String, double[]> stems = new HashMap<>(1 << 14);
        private int declared = -1;
        private int lineNumber;
        private double zipf = Double.NaN;
        private double uses;
        private Byte tenths;

        TableReader(String name, boolean stemmed) {
            this.name = name;
            this.stemmed = stemmed;
        }

        void line(String line) {
            lineNumber++;
            if (line.startsWith("#")) {
                if (line.startsWith(WORDS_HEADER)) {
                    declared = count(name, lineNumber, line.substring(WORDS_HEADER.length()));
                }
            } else if (line.startsWith(ZIPF_LINE)) {
                zipfLine(number(name, lineNumber, line.substring(ZIPF_LINE.length())));
            } else {
                wordLine(line);
            }
        }

        private void zipfLine(double next) {
            if (!(next >= 0 && next <= MAX_ZIPF)) {
                throw error(name, lineNumber, "zipf " + next + " is outside 0.." + MAX_ZIPF);
            }
            if (next >= zipf) {
                throw error(name, lineNumber, "zipf " + next + " does not fall below the zipf " + zipf + " above it");
            }
            zipf = next;
            uses = Math.pow(10, zipf);
            tenths = (byte) Math.round(zipf * 10);
        }

        private void wordLine(String line) {
            if (tenths == null) {
                throw error(name, lineNumber, "a word before any \"zipf Z\" line: \"" + line + "\"");
            }
            int tab = line.indexOf('\t');
            String word = tab < 0 ? line : line.substring(0, tab);
            if (word.isEmpty() || word.indexOf(' ') >= 0 || (tab >= 0 && line.indexOf('\t', tab + 1) >= 0)) {
                throw error(name, lineNumber, "a line holds a word and at most its stem after one tab: \"" + line + "\"");
            }
            if (words.putIfAbsent(word, tenths) != null) {
                throw error(name, lineNumber, "\"" + word + "\" is listed twice");
            }
            if (stemmed) {
                String stem = tab < 0 ? word : stem(name, lineNumber, word, line.substring(tab + 1));
                // The forms of one stem are one word to the matcher: their uses add up.
                double[] sum = stems.get(stem);
                if (sum == null) {
                    stems.put(stem, new double[] {uses});
                } else {
                    sum[0] += uses;
                }
            } else if (tab >= 0) {
                throw error(name, lineNumber, "this language has no stems: \"" + line + "\"");
            }
        }

        Table table() {
            if (declared < 0) {
                throw new IllegalStateException(name + ": no \"" + WORDS_HEADER.strip() + " N\" line in its header");
            }
            if (declared != words.size()) {
                throw new IllegalStateException(name + ": the header says " + declared + " words, the table has " + words.size());
            }
            return new Table(words, stemmed ? tenths(stems) : words);
        }
    }

    /** A stem written as the length of the word's prefix it is (говорит 5 → говор), or as itself. */
    private static String stem(String name, int lineNumber, String word, String spec) {
        if (spec.isEmpty()) {
            throw error(name, lineNumber, "an empty stem after the tab");
        }
        if (!Character.isDigit(spec.charAt(0))) {
            return spec;
        }
        int length = count(name, lineNumber, spec);
        if (length < 1 || length >= word.length()) {
            throw error(name, lineNumber, "a stem of " + length + " letters of \"" + word + "\" (" + word.length() + ")");
        }
        return word.substring(0, length);
    }

    private static Map<String, Byte> tenths(Map<String, double[]> uses) {
        Map<String, Byte> out = new HashMap<>(uses.size() * 4 / 3 + 1);
        uses.forEach((w, u) -> out.put(w, (byte) Math.round(Math.log10(u[0]) * 10)));
        return out;
    }

    private static int count(String name, int lineNumber, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw error(name, lineNumber, "\"" + text + "\" is not a whole number");
        }
    }

    private static double number(String name, int lineNumber, String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw error(name, lineNumber, "\"" + text + "\" is not a zipf value");
        }
    }

    private static IllegalStateException error(String name, int lineNumber, String rule) {
        return new IllegalStateException(name + " line " + lineNumber + ": " + rule);
    }
}
