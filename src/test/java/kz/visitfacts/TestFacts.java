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

/** The project's real fact base (facts/ at the project root), loaded once for all tests. */
public final class TestFacts {
    public static final Path DIR = Path.of("facts");

    private static final class Holder {
        static final FactBase BASE = new FactBaseLoader().load(DIR);
        static final AnswerEngine ENGINE = new AnswerEngine(BASE);
        static final FactBase TABLES_BASE = tablesBase(BASE);
        static final AnswerEngine TABLES_ENGINE = TABLES_BASE == BASE ? ENGINE : new AnswerEngine(TABLES_BASE);
    }

    /**
     * The fact base the question tables (src/test/resources/questions) and the samples were written for: only the
     * sources their rows' answers come from. A source a curator adds later may back up or crowd those rows; the
     * tables' golden files pin what the matcher does with the sources they were written for, and
     * {@code AddedSourceTest} what an added source changes.
     */
    public static FactBase tablesBase() {
        return Holder.TABLES_BASE;
    }

    /** An engine over {@link #tablesBase()}. */
    public static AnswerEngine tablesEngine() {
        return Holder.TABLES_ENGINE;
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

    private static FactBase tablesBase(FactBase all) {
        java.util.Set<String> cited = new java.util.HashSet<>();
        for (TableRow row : tableRows()) {
            row.expected().forEach(id -> all.fact(id).ifPresent(f -> cited.add(f.source().id())));
        }
        if (all.sources().stream().allMatch(s -> cited.contains(s.id()))) {
            return all;
        }
        return new FactBase(all.sources().stream().filter(s -> cited.contains(s.id())).toList(),
                all.facts().stream().filter(f -> cited.contains(f.source().id())).toList(), all.lexicon(), all.language());
    }

    private TestFacts() {
    }

    public static FactBase base() {
        return Holder.BASE;
    }

    public static AnswerEngine engine() {
        return Holder.ENGINE;
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

    /** facts/ with every one of {@link #ADDED_SOURCES} added, copied under {@code target}. */
    public static FactBase baseWithAddedSources(Path target) {
        return baseWith(target, ADDED_SOURCES.toArray(String[]::new));
    }

    /** facts/ copied under {@code target} with the curator's files of each resource folder added, loaded. */
    public static FactBase baseWith(Path target, String... resourceFolders) {
        Path dir = copyTo(target);
        for (String folder : resourceFolders) {
            addSources(dir, folder);
        }
        return new FactBaseLoader().load(dir);
    }

    /** A writable copy of facts/ under {@code target}, for tests that break it on purpose. */
    public static Path copyTo(Path target) {
        try (Stream<Path> files = Files.walk(DIR)) {
            for (Path p : files.toList()) {
                Path to = target.resolve(DIR.relativize(p).toString());
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
