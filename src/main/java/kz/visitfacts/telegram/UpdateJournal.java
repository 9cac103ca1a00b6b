package kz.visitfacts.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * What the bot has taken on: every update it accepted, with the update itself until its replies are sent
 * or given up, and the ids of recent ones. An update is written (and forced to disk) here before Telegram is
 * told it was received — the next getUpdates offset, or a webhook call's 200 — so receiving never waits for
 * sending and a crash loses nothing: at start, the updates accepted and not done are handled again. The file
 * is JSON lines in {@code BOT_STATE_DIR/updates.journal}; without a folder the journal lives in memory only.
 */
final class UpdateJournal implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(UpdateJournal.class);
    static final int REMEMBERED = 10_000;
    static final String FILE = "updates.journal";
    /** What versions before the journal kept: handled ids, one a line. Read once, then replaced. */
    static final String LEGACY_FILE = "handled-updates.log";

    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final Optional<Path> file;
    /** Ids accepted recently, done or not, oldest first. */
    private final LinkedHashSet<Integer> seen = new LinkedHashSet<>();
    /** Accepted and not done yet, in the order accepted: these are handled again after a restart. */
    private final Map<Integer, Update> pending = new LinkedHashMap<>();
    private FileChannel out;
    private int written;

    UpdateJournal(Optional<Path> dir) {
        this.file = dir.map(d -> d.resolve(FILE));
        dir.ifPresent(this::open);
    }

    private void open(Path dir) {
        Path journal = dir.resolve(FILE);
        try {
            Files.createDirectories(dir);
            Path legacy = dir.resolve(LEGACY_FILE);
            if (Files.exists(legacy)) {
                readLegacy(legacy);
            }
            if (Files.exists(journal)) {
                read(journal);
            }
            rewrite();
            Files.deleteIfExists(legacy);
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot keep the update journal in {} ({}); keeping it in memory only", journal, e.getClass().getSimpleName());
            out = null;
        }
    }

    /** Reads the journal; a line that is not UTF-8 JSON of the journal's shape makes the file corrupt: it is moved aside. */
    private void read(Path journal) throws IOException {
        byte[] bytes = Files.readAllBytes(journal);
        int start = 0;
        int lineNumber = 0;
        int firstBad = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i < bytes.length && bytes[i] != '\n') {
                continue;
            }
            lineNumber++;
            if (i > start && !apply(bytes, start, i - start) && firstBad == 0) {
                firstBad = lineNumber;
            }
            start = i + 1;
        }
        if (firstBad > 0) {
            Path aside = journal.resolveSibling(FILE + ".corrupt-" + System.currentTimeMillis());
            Files.move(journal, aside, StandardCopyOption.REPLACE_EXISTING);
            LOG.warn("{} is corrupt from line {}: moved aside to {}; a new journal starts with the {} good line(s) kept",
                    journal, firstBad, aside.getFileName(), seen.size());
        }
    }

    private boolean apply(byte[] bytes, int offset, int length) {
        try {
            String line = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, offset, length)).toString();
            JsonNode node = json.readTree(line);
            if (node.has("done") && node.get("done").canConvertToInt()) {
                done(node.get("done").intValue(), false);
            } else if (node.has("accepted") && node.get("accepted").canConvertToInt() && node.has("update")) {
                Update u = json.treeToValue(node.get("update"), Update.class);
                remember(node.get("accepted").intValue());
                pending.put(node.get("accepted").intValue(), u);
            } else if (node.path("reset").asBoolean(false)) {
                seen.clear();
                pending.clear();
            } else {
                return false;
            }
            return true;
        } catch (RuntimeException | IOException e) {
            return false;
        }
    }

    private void readLegacy(Path legacy) throws IOException {
        for (String line : new String(Files.readAllBytes(legacy), StandardCharsets.ISO_8859_1).split("\n")) {
            if (line.strip().matches("-?\\d{1,10}")) {
                remember(Integer.parseInt(line.strip()));
            }
        }
    }

    /**
     * Takes on the updates of a batch that are new (not accepted before, in flight or done) and writes them to
     * disk before returning them: only then may Telegram be told they were received.
     */
    synchronized List<Update> accept(List<Update> batch) {
        List<Update> fresh = new ArrayList<>();
        StringBuilder lines = new StringBuilder();
        for (Update u : batch) {
            Integer id = u.getUpdateId();
            if (id == null || seen.contains(id) || pending.containsKey(id)) {
                continue;
            }
            remember(id);
            pending.put(id, u);
            fresh.add(u);
            lines.append(acceptedLine(id, u));
        }
        write(lines.toString(), true);
        return fresh;
    }

    /** The update's replies are sent or given up: it will not be handled again. */
    synchronized void done(int id) {
        done(id, true);
    }

    private void done(int id, boolean journal) {
        remember(id);
        if (pending.remove(id) != null && journal) {
            write("{\"done\":" + id + "}\n", false);
        }
    }

    /** Telegram started its update ids over: the old ids mean nothing now (the pending updates stay pending). */
    synchronized void startOver() {
        seen.clear();
        seen.addAll(pending.keySet());
        write("{\"reset\":true}\n", true);
        pending.forEach((id, u) -> write(acceptedLine(id, u), false));
    }

    private String acceptedLine(int id, Update u) {
        ObjectNode line = json.createObjectNode();
        line.put("accepted", id);
        line.set("update", json.valueToTree(u));
        return line + "\n";
    }

    synchronized boolean contains(int updateId) {
        return seen.contains(updateId) || pending.containsKey(updateId);
    }

    /** The updates accepted and not done, oldest first: what a restart handles again. */
    synchronized List<Update> pending() {
        return List.copyOf(pending.values());
    }

    synchronized int pendingCount() {
        return pending.size();
    }

    private void remember(int id) {
        seen.remove(id);
        seen.add(id);
        if (seen.size() > REMEMBERED) {
            Integer eldest = seen.iterator().next();
            seen.remove(eldest);
        }
    }

    /** Appends lines; {@code force}: on disk before returning (an acceptance), else flushed to the OS (a done mark). */
    private void write(String lines, boolean force) {
        if (out == null || lines.isEmpty()) {
            return;
        }
        try {
            ByteBuffer buf = ByteBuffer.wrap(lines.getBytes(StandardCharsets.UTF_8));
            while (buf.hasRemaining()) {
                out.write(buf);
            }
            if (force) {
                out.force(false);
            }
            written += (int) lines.chars().filter(c -> c == '\n').count();
            if (written > 2 * REMEMBERED + pending.size()) {
                rewrite();
            }
        } catch (IOException e) {
            LOG.warn("cannot write the update journal ({}); keeping it in memory only", e.getClass().getSimpleName());
            closeQuietly();
        }
    }

    /** Starts the file afresh with only what is remembered, so it never grows without bound. */
    private void rewrite() throws IOException {
        if (file.isEmpty()) {
            return;
        }
        closeQuietly();
        Path target = file.get();
        Path tmp = target.resolveSibling(FILE + ".tmp");
        StringBuilder lines = new StringBuilder();
        for (Integer id : seen) {
            if (!pending.containsKey(id)) {
                lines.append("{\"done\":").append(id).append("}\n");
            }
        }
        pending.forEach((id, u) -> lines.append(acceptedLine(id, u)));
        Files.writeString(tmp, lines, StandardCharsets.UTF_8);
        try (FileChannel c = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            c.force(true);
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        out = FileChannel.open(target, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        written = seen.size();
    }

    private void closeQuietly() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                LOG.debug("closing the journal: {}", e.getClass().getSimpleName());
            }
            out = null;
        }
    }

    @Override
    public synchronized void close() {
        closeQuietly();
    }
}
