package kz.visitfacts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import kz.visitfacts.answer.AnswerEngine;
import kz.visitfacts.facts.FactBase;
import kz.visitfacts.facts.FactBaseLoader;

/**
 * The fact bases of the tests. Tests that pin answers (question tables, goldens, mechanisms, samples, the bot's and
 * the commands' replies) run on {@link #DIR}, the seed article's fact base kept with the tests, so a source a curator
 * adds to facts/ changes none of them: what it changes is {@code compare}'s to show. Tests of the data itself (it
 * validates, the build analysed it, every fact is found by its own statement) run on {@link #REAL_DIR}.
 */
public final class TestFacts {
    /** The seed article as the tables and goldens were written for it: a copy of its files in facts/ and of language.json. */
    public static final Path DIR = Path.of("src/test/resources/facts-seed");
    /** The project's real fact base, the one the build bundles: the seed article and whatever a curator added. */
    public static final Path REAL_DIR = Path.of("facts");

    private static final class Holder {
        static final FactBase BASE = new FactBaseLoader().load(DIR);
        static final AnswerEngine ENGINE = new AnswerEngine(BASE);
    }

    private static final class Real {
        static final FactBase BASE = new FactBaseLoader().load(REAL_DIR);
        static final AnswerEngine ENGINE = new AnswerEngine(BASE);
    }

    /** A row of a question table: the question and the ids of the facts that answer it (NONE: it must be refused). */
    public record TableRow(String question, List<String> expected) {
    }

    /** Every row of a question table (lang, question, ids separated by |); lines starting with # are comments. */
    public static List<TableRow> tableRows(Path table) {
        try {
            List<TableRow> rows = new ArrayList<>();
            for (String line : Files.readAllLines(table, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cols = line.split("\t");
                    rows.add(new TableRow(cols[1], List.of(cols[2].split("\\|"))));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every row of every table in src/test/resources/questions, table by table in name order. */
    public static List<TableRow> tableRows() {
        try (Stream<Path> tables = Files.list(Path.of("src/test/resources/questions"))) {
            List<TableRow> rows = new ArrayList<>();
            tables.filter(p -> p.toString().endsWith(".tsv")).sorted().forEach(t -> rows.addAll(tableRows(t)));
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TestFacts() {
    }

    /** The seed fact base ({@link #DIR}), loaded once for all tests. */
    public static FactBase base() {
        return Holder.BASE;
    }

    /** An engine over {@link #base()}. */
    public static AnswerEngine engine() {
        return Holder.ENGINE;
    }

    /** The real fact base ({@link #REAL_DIR}), loaded once: for tests of the data, which may hold any number of sources. */
    public static FactBase real() {
        return Real.BASE;
    }

    /** An engine over {@link #real()}. */
    public static AnswerEngine realEngine() {
        return Real.ENGINE;
    }

    /**
     * Adds a curator's files (articles under sources/, facts files) from a folder of src/test/resources to a
     * fact base folder, as a curator would drop them in; a folder's question tables (*.tsv) stay behind.
     */
    public static Path addSources(Path factsDir, String resourceFolder) {
        Path extra = Path.of("src/test/resources", resourceFolder);
        try (Stream<Path> files = Files.walk(extra)) {
            for (Path p : files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".tsv")).toList()) {
                Path to = factsDir.resolve(extra.relativize(p).toString());
                Files.createDirectories(to.getParent());
                if (Files.exists(to) && Arrays.equals(Files.readAllBytes(to), Files.readAllBytes(p))) {
                    // A curator added this very source to facts/ already: it is there once.
                    continue;
                }
                Files.copy(p, to);
            }
            return factsDir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The test sources a curator might add, each a folder of src/test/resources (with its own question table). */
    public static final java.util.List<String> ADDED_SOURCES = java.util.List.of("second-source-en", "second-source-ru-kk");

    /** The seed with every one of {@link #ADDED_SOURCES} added, copied under {@code target}. */
    public static FactBase baseWithAddedSources(Path target) {
        return baseWith(target, ADDED_SOURCES.toArray(String[]::new));
    }

    /** The seed copied under {@code target} with the curator's files of each resource folder added, loaded. */
    public static FactBase baseWith(Path target, String... resourceFolders) {
        Path dir = copyTo(target);
        for (String folder : resourceFolders) {
            addSources(dir, folder);
        }
        return new FactBaseLoader().load(dir);
    }

    /**
     * The seed with the curator's files of each resource folder added, loaded from a scratch folder that is removed
     * once loaded (the fact base is in memory then): for fact bases kept in static fields, where no {@code @TempDir}
     * can clean up after them.
     */
    public static FactBase loadedWith(String... resourceFolders) {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("visit-facts-test");
            return baseWith(scratch.resolve("facts"), resourceFolders);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(scratch);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A scratch folder left behind costs disk space only; the test's own assertions decide.
        }
    }

    /** A writable copy of the seed under {@code target}, for tests that add to it or break it on purpose. */
    public static Path copyTo(Path target) {
        return copy(DIR, target);
    }

    /** A copy of the fact base folder {@code dir} under {@code target}. */
    public static Path copy(Path dir, Path target) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.toList()) {
                Path to = target.resolve(dir.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A jar at {@code jar} holding {@code dir} as its folder "facts", as the build packs it (with entries for folders, or without). */
    public static Path jarOf(Path dir, Path jar, boolean folderEntries) throws IOException {
        try (java.io.OutputStream file = Files.newOutputStream(jar); java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(file);
             Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted().toList()) {
                String name = "facts/" + dir.relativize(p).toString().replace(java.io.File.separatorChar, '/');
                if (Files.isDirectory(p)) {
                    if (folderEntries) {
                        out.putNextEntry(new java.util.jar.JarEntry(name.endsWith("/") ? name : name + "/"));
                    }
                    continue;
                }
                out.putNextEntry(new java.util.jar.JarEntry(name));
                Files.copy(p, out);
            }
        }
        return jar;
    }
}
