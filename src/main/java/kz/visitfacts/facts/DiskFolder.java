package kz.visitfacts.facts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
            return files.sorted().map(p -> new Item(p.getFileName().toString(), Files.isDirectory(p))).toList();
        }
    }

    @Override
    public Optional<byte[]> read(String relative) throws IOException {
        Path p = dir.resolve(relative).normalize();
        if (!p.startsWith(dir) || !Files.isRegularFile(p)) {
            return Optional.empty();
        }
        return Optional.of(Files.readAllBytes(p));
    }
}
