package kz.visitfacts.facts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A fact base folder on disk: {@code facts/} of a checkout, or any folder a curator validates. */
final class DiskFolder implements FactFolder {
    private final Path dir;

    DiskFolder(Path dir) {
        this.dir = dir.normalize();
    }

    @Override
    public String name() {
        return dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
    }

    @Override
    public boolean exists() {
        return Files.isDirectory(dir);
    }

    @Override
    public List<Item> list() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().map(p -> new Item(p.getFileName().toString(), kind(p))).toList();
        }
    }

    /** What a path is, links not followed. */
    private static Kind kind(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isRegularFile() ? Kind.FILE : a.isDirectory() ? Kind.FOLDER : Kind.OTHER;
        } catch (IOException e) {
            return Kind.OTHER;
        }
    }

    @Override
    public Optional<byte[]> read(String relative) throws IOException {
        Path p = dir.resolve(relative).normalize();
        if (!p.startsWith(dir)) {
            return Optional.empty();
        }
        BasicFileAttributes a;
        try {
            // Links not followed: one could lead out of the folder, or round in a loop.
            a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (!a.isRegularFile()) {
            throw new IOException(a.isDirectory() ? "a folder, not a file" : "not a regular file (a link, a pipe or a device)");
        }
        if (a.size() > MAX_FILE) {
            throw new TooLarge(a.size());
        }
        for (Path parent = p.getParent(); parent != null && parent.startsWith(dir) && !parent.equals(dir); parent = parent.getParent()) {
            if (Files.isSymbolicLink(parent)) {
                throw new IOException("its folder " + dir.relativize(parent) + " is a symbolic link");
            }
        }
        return Optional.of(Files.readAllBytes(p));
    }
}
