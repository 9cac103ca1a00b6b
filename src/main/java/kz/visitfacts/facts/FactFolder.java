package kz.visitfacts.facts;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Where a fact base's files are read from: a folder on disk ({@link DiskFolder}) or the copy in the jar ({@link JarFolder}). */
interface FactFolder {
    /** A name directly inside the folder, and whether it is a folder itself. */
    record Item(String name, boolean folder) {
    }

    /** The folder's own name, as messages show it ("facts"). */
    String name();

    /** Whether the folder exists. */
    boolean exists();

    /** The names directly inside, sorted. */
    List<Item> list() throws IOException;

    /**
     * The bytes of the file at a path relative to the folder ("sources/a.txt"); empty when no file is there,
     * or when the path leads out of the folder (a facts file may only name what the fact base holds).
     */
    Optional<byte[]> read(String relative) throws IOException;
}
