package kz.visitfacts.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.visitfacts.TestFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fact folder made to hurt the loader — deep nesting, huge numbers and strings, a 200 MB file, links, pipes,
 * folders where files belong, duplicate keys — is refused with one line per problem, never a stack trace or
 * an exhausted heap.
 */
class HostileFactBaseTest {
    private static final String FILE = "2025-09-03-tokayev-state-visit-china.facts.json";

    @TempDir
    Path tmp;

    private Path copy() throws IOException {
        return TestFacts.copyTo(Files.createTempDirectory(tmp, "case").resolve("facts"));
    }

    private static void assertRefused(Path dir, String expected) {
        InvalidFactBaseException e = assertThrows(InvalidFactBaseException.class, () -> new FactBaseLoader().load(dir));
        assertTrue(e.errors().stream().anyMatch(m -> m.contains(expected)), () -> "expected \"" + expected + "\" in " + e.errors());
        e.errors().forEach(m -> assertTrue(!m.contains("\n") && !m.contains("Exception:"), m));
    }

    private static void mkfifo(Path p) throws Exception {
        assertEquals(0, new ProcessBuilder("mkfifo", p.toString()).start().waitFor());
    }

    @Test
    void refusesNestingDeeperThanAFactBaseNeeds() throws IOException {
        Path dir = copy();
        Files.writeString(dir.resolve("lexicon.json"), "[".repeat(100_000) + "]".repeat(100_000));
        assertRefused(dir, "facts/lexicon.json: ");
    }

    @Test
    void refusesANumberTooLargeToWriteOut() throws IOException {
        Path dir = copy();
        String text = Files.readString(dir.resolve(FILE));
        int at = text.indexOf("\"number\"");
        int colon = text.indexOf(':', at);
        int end = text.indexOf(',', colon);
        Files.writeString(dir.resolve(FILE), text.substring(0, colon + 1) + " 1e999999999" + text.substring(end));
        assertRefused(dir, "value.number has more than 40 digits before or after the point");
    }

    @Test
    void refusesAStringOfMegabytes() throws IOException {
        Path dir = copy();
        Files.writeString(dir.resolve("lexicon.json"), "{\"terms\": [\"" + "x".repeat(2 << 20) + "\"]}");
        assertRefused(dir, "facts/lexicon.json: beyond the limits of a fact base file: String value length");
    }

    @Test
    void refusesAFileLargerThanAFactBaseFileMayBeWithoutReadingIt() throws IOException {
        Path dir = copy();
        try (RandomAccessFile big = new RandomAccessFile(dir.resolve("sources").resolve("2025-09-03-tokayev-state-visit-china.zh.txt").toFile(), "rw")) {
            big.setLength(200L << 20);
        }
        assertRefused(dir, "is 209715200 bytes, more than a fact base file may be");
    }

    @Test
    void refusesDuplicateKeys() throws IOException {
        Path dir = copy();
        String text = Files.readString(dir.resolve(FILE));
        Files.writeString(dir.resolve(FILE), text.replaceFirst("\\{", "{\"facts\": [], "));
        assertRefused(dir, "facts/" + FILE + ": duplicate field 'facts'");
    }

    @Test
    void requiresTheLexiconAndTheLanguageFile() throws IOException {
        Path dir = copy();
        Files.delete(dir.resolve("lexicon.json"));
        Files.delete(dir.resolve("language.json"));
        assertRefused(dir, "facts/lexicon.json: is missing");
        assertRefused(dir, "facts/language.json: is missing");
    }

    @Test
    void refusesPipesLinksAndFoldersWhereFilesBelong() throws Exception {
        Path dir = copy();
        Files.delete(dir.resolve("lexicon.json"));
        mkfifo(dir.resolve("lexicon.json"));
        mkfifo(dir.resolve("a.facts.json"));
        Files.createDirectory(dir.resolve("b.facts.json"));
        Files.createSymbolicLink(dir.resolve("c.facts.json"), dir.resolve("d.facts.json"));
        Files.createSymbolicLink(dir.resolve("d.facts.json"), dir.resolve("c.facts.json"));
        Files.createSymbolicLink(dir.resolve("e.facts.json"), dir.resolve(FILE));
        assertRefused(dir, "facts/lexicon.json: is not a regular file");
        assertRefused(dir, "facts/a.facts.json: is not a regular file");
        assertRefused(dir, "facts/b.facts.json: is a folder");
        assertRefused(dir, "facts/c.facts.json: is not a regular file");
        assertRefused(dir, "facts/e.facts.json: is not a regular file");
    }

    @Test
    void refusesASourceThatLinksOutOfTheFolder() throws IOException {
        Path dir = copy();
        Path source = dir.resolve("sources").resolve("2025-09-03-tokayev-state-visit-china.zh.txt");
        Path outside = Files.move(source, tmp.resolve("outside.txt"));
        Files.createSymbolicLink(source, outside);
        assertRefused(dir, "cannot read (not a regular file");
    }

    @Test
    void reportsASourceThatCannotBeReadAsUnreadableNotMissing() throws IOException {
        Path dir = copy();
        // sources/ as a file: what lies under it cannot be read (as with a folder without permission).
        Path sources = dir.resolve("sources");
        try (var files = Files.list(sources)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(sources);
        Files.writeString(sources, "");
        assertRefused(dir, "cannot read (Not a directory)");
    }
}
