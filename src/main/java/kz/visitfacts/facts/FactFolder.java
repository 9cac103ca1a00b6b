package kz.visitfacts.facts;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Where a fact base's files are read from: a folder on disk ({@link DiskFolder}) or the copy in the jar ({@link JarFolder}). */
interface FactFolder {
    /** No file of a fact base is larger: the bundled facts file is 180 KB; a 200 MB one was read whole. */
    int MAX_FILE = 8 << 20;

    /** What a name in the folder is: a regular file, a folder, or anything else (a link, a pipe, a device). */
    enum Kind { FILE, FOLDER, OTHER }

    /** A name directly inside the folder, and what it is. */
    record Item(String name, Kind kind) {
        boolean folder() {
            return kind == Kind.FOLDER;
        }
    }

    /** A file over {@link #MAX_FILE}: refused before it is read. */
    final class TooLarge extends IOException {
        TooLarge(long size) {
            super("is " + size + " bytes, more than a fact base file may be (" + MAX_FILE + ")");
        }
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
     * Throws when it is there but cannot be read, or is larger than {@link #MAX_FILE}.
     */
    Optional<byte[]> read(String relative) throws IOException;
}
