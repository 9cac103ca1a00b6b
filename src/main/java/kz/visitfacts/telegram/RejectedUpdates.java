package kz.visitfacts.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Updates set aside — unreadable, or failed twice — kept for an operator to look at: a WARN line with the id,
 * and a JSON line in {@code BOT_STATE_DIR/rejected-updates.jsonl} (time, id, why, the update cut to 8 KB).
 * The file stops growing at 10 MB, so a flood of bad updates cannot fill the disk the journal needs.
 */
final class RejectedUpdates {
    private static final Logger LOG = LoggerFactory.getLogger(RejectedUpdates.class);
    static final String FILE = "rejected-updates.jsonl";
    static final int MAX_RAW = 8 * 1024;
    static final long MAX_FILE = 10L << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Optional<Path> file;
    private final AtomicLong count = new AtomicLong();
    private boolean full;

    RejectedUpdates(Optional<Path> stateDir) {
        this.file = stateDir.map(d -> d.resolve(FILE));
    }

    synchronized void record(UpdateReader.Rejected r) {
        count.incrementAndGet();
        String id = r.id().isPresent() ? Long.toString(r.id().getAsLong()) : "(none)";
        LOG.warn("rejected update={}: {}", id, r.why());
        if (file.isEmpty() || full) {
            return;
        }
        ObjectNode line = JSON.createObjectNode().put("time", Instant.now().toString());
        if (r.id().isPresent()) {
            line.put("update_id", r.id().getAsLong());
        }
        line.put("why", r.why()).put("raw", r.raw().length() > MAX_RAW ? r.raw().substring(0, MAX_RAW) : r.raw());
        try {
            Path f = file.get();
            if (Files.exists(f) && Files.size(f) >= MAX_FILE) {
                full = true;
                LOG.warn("{} has reached {} MB: later rejected updates are logged only", f, MAX_FILE >> 20);
                return;
            }
            Files.createDirectories(f.getParent());
            Files.write(f, (line + "\n").getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.warn("cannot keep rejected update={} in {} ({})", id, file.get(), e.getClass().getSimpleName());
        }
    }

    long count() {
        return count.get();
    }
}
