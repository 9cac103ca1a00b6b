package kz.visitfacts.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends every question the bot could not answer to a JSON-lines file (time, language, question; no user
 * or chat ids), so curators can grow the fact base where users need it.
 */
final class UnansweredLog {
    private static final Logger LOG = LoggerFactory.getLogger(UnansweredLog.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    UnansweredLog(Path file) {
        this.file = file;
    }

    synchronized void append(Reply.Unanswered u) {
        ObjectNode line = JSON.createObjectNode()
                .put("time", Instant.now().toString())
                .put("lang", u.language().code())
                .put("question", u.question());
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, JSON.writeValueAsString(line) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.warn("cannot append to the unanswered log: {}", e.getClass().getSimpleName());
        }
    }
}
