package kz.visitfacts.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import kz.visitfacts.TestFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fact base as the jar carries it: read through the jar's own index, not a zip file system. */
class JarFolderTest {
    @TempDir
    Path tmp;

    @Test
    void theBaseInAJarIsTheBaseOnDisk() throws IOException {
        Path jar = jarOf(TestFacts.DIR, false);
        FactBase fromJar = new FactBaseLoader().loadFromJar(jar);
        FactBase onDisk = TestFacts.base();
        assertEquals(onDisk.facts().stream().map(Fact::id).toList(), fromJar.facts().stream().map(Fact::id).toList());
        assertEquals(onDisk.sources().get(0).text(), fromJar.sources().get(0).text());
        assertEquals(onDisk.lexicon().size(), fromJar.lexicon().size());
    }

    @Test
    void aJarWithFolderEntriesReadsTheSame() throws IOException {
        // The build's jar holds "facts/" and "facts/sources/" as entries of their own; a jar made by hand may not.
        Path jar = jarOf(TestFacts.DIR, true);
        assertEquals(TestFacts.base().facts().size(), new FactBaseLoader().loadFromJar(jar).facts().size());
    }

    @Test
    void listsNamesDirectlyInsideWithTheirFolders() throws IOException {
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(jarOf(TestFacts.DIR, false).toFile())) {
            List<FactFolder.Item> items = new JarFolder(jar, "facts").list();
            assertTrue(items.contains(new FactFolder.Item("sources", FactFolder.Kind.FOLDER)), items.toString());
            assertTrue(items.contains(new FactFolder.Item("lexicon.json", FactFolder.Kind.FILE)), items.toString());
            assertTrue(items.stream().noneMatch(i -> i.name().contains("/")), items.toString());
        }
    }

    @Test
    void aSourcePathLeadingOutOfTheFolderIsNotRead() throws IOException {
        Path dir = TestFacts.copyTo(tmp.resolve("copy").resolve("facts"));
        Files.writeString(tmp.resolve("copy").resolve("outside.txt"), "not part of the fact base");
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(jarOf(dir, false).toFile())) {
            JarFolder folder = new JarFolder(jar, "facts");
            assertTrue(folder.read("../outside.txt").isEmpty());
            assertTrue(folder.read("/facts/lexicon.json").isEmpty());
            assertTrue(folder.read("sources").isEmpty());
            assertTrue(folder.read("sources/../lexicon.json").isPresent());
        }
    }

    @Test
    void aStrayFileInTheJarsFactsIsReportedByItsName() throws IOException {
        Path dir = TestFacts.copyTo(tmp.resolve("stray").resolve("facts"));
        Files.writeString(dir.resolve("notes.json"), "{}");
        InvalidFactBaseException e = assertThrows(InvalidFactBaseException.class,
                () -> new FactBaseLoader().loadFromJar(jarOf(dir, false)));
        assertTrue(e.getMessage().startsWith("facts/notes.json: not a part of a fact base"), e.getMessage());
    }

    @Test
    void aJarWithoutFactsSaysSo() throws IOException {
        Path jar = tmp.resolve("empty.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("other/readme.txt"));
        }
        InvalidFactBaseException e = assertThrows(InvalidFactBaseException.class, () -> new FactBaseLoader().loadFromJar(jar));
        assertEquals("facts: is not a folder", e.getMessage());
    }

    private Path jarOf(Path dir, boolean folderEntries) throws IOException {
        return TestFacts.jarOf(dir, Files.createTempFile(tmp, "facts", ".jar"), folderEntries);
    }
}
