package kz.visitfacts.facts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * A fact base folder inside a jar, read through {@link JarFile}. A zip file system would serve too, but opening one
 * indexes all of the jar's ten thousand entries again, a tenth of the time a question asked from the shell takes;
 * a {@code JarFile} shares the index the class loader already read.
 */
final class JarFolder implements FactFolder {
    private final JarFile jar;
    private final String prefix;

    /** The folder {@code folder} ("facts") at the top of {@code jar}; the caller closes the jar. */
    JarFolder(JarFile jar, String folder) {
        this.jar = jar;
        this.prefix = folder + "/";
    }

    @Override
    public String name() {
        return prefix.substring(0, prefix.length() - 1);
    }

    @Override
    public boolean exists() {
        return jar.stream().anyMatch(e -> e.getName().startsWith(prefix));
    }

    @Override
    public List<Item> list() {
        // A jar need not hold entries for folders: "facts/sources/a.txt" alone says there is a folder "sources".
        Map<String, Boolean> items = new TreeMap<>();
        jar.stream().map(ZipEntry::getName).filter(n -> n.startsWith(prefix) && n.length() > prefix.length()).forEach(n -> {
            String rest = n.substring(prefix.length());
            int slash = rest.indexOf('/');
            String name = slash < 0 ? rest : rest.substring(0, slash);
            items.merge(name, slash >= 0, Boolean::logicalOr);
        });
        return items.entrySet().stream().map(e -> new Item(e.getKey(), e.getValue() ? Kind.FOLDER : Kind.FILE)).toList();
    }

    @Override
    public Optional<byte[]> read(String relative) throws IOException {
        Path normal = Path.of(relative).normalize();
        if (normal.isAbsolute() || normal.startsWith("..")) {
            return Optional.empty();
        }
        ZipEntry entry = jar.getEntry(prefix + normal.toString().replace(java.io.File.separatorChar, '/'));
        if (entry == null || entry.isDirectory()) {
            return Optional.empty();
        }
        try (InputStream in = jar.getInputStream(entry)) {
            return Optional.of(in.readAllBytes());
        }
    }
}
