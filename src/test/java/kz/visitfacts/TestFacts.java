package kz.visitfacts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    }

    private TestFacts() {
    }

    public static FactBase base() {
        return Holder.BASE;
    }

    public static AnswerEngine engine() {
        return Holder.ENGINE;
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
}
