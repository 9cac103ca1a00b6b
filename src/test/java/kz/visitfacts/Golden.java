package kz.visitfacts;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Golden files of question tables: each row's answer as it was accepted. Any row whose answer changes fails
 * with the rows that flipped, so a regression cannot hide behind an average. An improvement is accepted by
 * running the tests with {@code -Dgolden.update=true}, which rewrites the files (review the diff, then commit).
 */
public final class Golden {
    private static final Path DIR = Path.of("src/test/resources/golden");

    private Golden() {
    }

    /** A golden file as accepted: its summary line and its rows (key → answer). */
    public record Accepted(String summary, Map<String, String> rows) {
    }

    /** The golden file {@code name} as it was last accepted. */
    public static Accepted read(String name) {
        Map<String, String> rows = new LinkedHashMap<>();
        String summary = "";
        try {
            for (String line : Files.readAllLines(DIR.resolve(name + ".golden"), StandardCharsets.UTF_8)) {
                if (line.startsWith("# ")) {
                    summary = line.substring(2);
                } else if (!line.isBlank()) {
                    int tab = line.indexOf('\t');
                    rows.put(line.substring(tab + 1), line.substring(0, tab));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Accepted(summary, rows);
    }

    /**
     * Compares rows (key → answer; the key is the row's question) with the golden file {@code name}, or
     * rewrites it when updating. {@code summary} heads the file (counts right and wrong).
     */
    public static void check(String name, String summary, Map<String, String> rows) {
        Path file = DIR.resolve(name + ".golden");
        List<String> lines = new ArrayList<>();
        lines.add("# " + summary);
        rows.forEach((k, v) -> lines.add(v + "\t" + k));
        if (Boolean.getBoolean("golden.update")) {
            try {
                Files.createDirectories(DIR);
                Files.write(file, lines, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        if (!Files.exists(file)) {
            fail(file + " does not exist: run mvn test -Dgolden.update=true to write it");
        }
        Accepted accepted = read(name);
        Map<String, String> golden = accepted.rows();
        String goldenSummary = accepted.summary();
        List<String> changed = new ArrayList<>();
        rows.forEach((k, v) -> {
            String was = golden.get(k);
            if (was == null) {
                changed.add("  new row:   " + k + "\n      now:   " + v);
            } else if (!was.equals(v)) {
                changed.add("  changed:   " + k + "\n      was:   " + was + "\n      now:   " + v);
            }
        });
        golden.keySet().stream().filter(k -> !rows.containsKey(k)).forEach(k -> changed.add("  gone:      " + k));
        if (!changed.isEmpty()) {
            fail(name + ": " + changed.size() + " row(s) differ from the golden file (golden: " + goldenSummary
                    + "; now: " + summary + ").\nIf every change is an improvement, accept them with"
                    + " mvn test -Dgolden.update=true and commit the files.\n" + String.join("\n", changed));
        }
    }
}
