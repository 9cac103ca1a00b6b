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

/**
 * What the bot has taken on: every update it accepted, with the update itself (as Telegram sent it) until its
 * replies are sent or given up, and the ids of recent ones. An update is written (and forced to disk) here
 * before Telegram is told it was received — the next getUpdates offset, or a webhook call's 200 — so receiving
 * never waits for sending and a crash loses nothing: at start, the updates accepted and not done are handled
 * again. An update whose handling two starts in a row did not see finish is set aside instead of being
 * replayed for ever. When the file cannot be written (a full disk), {@link #accept} refuses with
 * {@link Unwritable}, so nothing is confirmed to Telegram that is held in memory only, until a rewrite of the
 * file succeeds again. The file is JSON lines in {@code BOT_STATE_DIR/updates.journal}; without a folder the
 * journal lives in memory only.
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
    private final Map<Integer, Incoming> pending = new LinkedHashMap<>();
    /** How many starts found each pending update not done: a second means its handling failed twice. */
    private final Map<Integer, Integer> replays = new LinkedHashMap<>();
    private final UpdateReader reader = new UpdateReader();
    private FileChannel out;
    private int written;
    /** The file could not be written: nothing is accepted until {@link #recover()} rewrites it. */
    private boolean broken;
    private String problem;

    /** The journal cannot be written now: the updates were not taken on, and Telegram must not be told they were. */
    static final class Unwritable extends IOException {
        Unwritable(String message) {
            super(message);
        }
    }

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
            // The bot refuses to start on this (see TelegramBot): a journal in memory only would lose updates in a crash.
            problem = "cannot keep the update journal in " + journal + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
            broken = true;
            closeQuietly();
        }
    }

    /** Why the journal could not be opened, if it could not. */
    synchronized Optional<String> problem() {
        return broken ? Optional.ofNullable(problem) : Optional.empty();
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
                if (!(reader.read(node.get("update")) instanceof Incoming in)) {
                    return false;
                }
                remember(in.id());
                pending.put(in.id(), in);
            } else if (node.has("replayed") && node.get("replayed").canConvertToInt()) {
                replays.merge(node.get("replayed").intValue(), 1, Integer::sum);
            } else if (node.has("kept") && node.get("kept").canConvertToInt()) {
                replays.remove(node.get("kept").intValue());
            } else if (node.path("reset").asBoolean(false)) {
                seen.clear();
                pending.clear();
                replays.clear();
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
    synchronized List<Incoming> accept(List<Incoming> batch) throws Unwritable {
        if (broken && !recover()) {
            throw new Unwritable("the update journal cannot be written");
        }
        List<Incoming> fresh = new ArrayList<>();
        StringBuilder lines = new StringBuilder();
        for (Incoming u : batch) {
            if (seen.contains(u.id()) || pending.containsKey(u.id())) {
                continue;
            }
            remember(u.id());
            pending.put(u.id(), u);
            fresh.add(u);
            lines.append(acceptedLine(u));
        }
        if (!write(lines.toString(), true)) {
            // Not on disk, so not taken on: Telegram keeps them and sends them again.
            for (Incoming u : fresh) {
                pending.remove(u.id());
                seen.remove(u.id());
            }
            throw new Unwritable("the update journal cannot be written");
        }
        return fresh;
    }

    /** Remembers the id of an update set aside (rejected), so that Telegram sending it again is skipped quietly. */
    synchronized void skip(int id) {
        if (!pending.containsKey(id)) {
            done(id, true);
            remember(id);
        }
    }

    /** Whether the file takes writes now; false after a failed write until {@link #recover()} succeeds. */
    synchronized boolean writable() {
        return !broken;
    }

    /** After a failed write: tries to start the file afresh; true when it can be written again. */
    synchronized boolean recover() {
        if (!broken) {
            return true;
        }
        try {
            rewrite();
            broken = false;
            LOG.warn("the update journal can be written again: taking updates on again");
            return true;
        } catch (IOException | RuntimeException e) {
            closeQuietly();
            return false;
        }
    }

    /**
     * The pending updates to handle at a start, oldest first. Each is marked as replayed before it is returned;
     * one already replayed at an earlier start, and not finished since, failed twice: it is returned in
     * {@code failedTwice} instead, marked done, and not handled again.
     */
    synchronized List<Incoming> replay(List<Incoming> failedTwice) {
        List<Incoming> again = new ArrayList<>();
        StringBuilder lines = new StringBuilder();
        for (Incoming u : List.copyOf(pending.values())) {
            if (replays.getOrDefault(u.id(), 0) >= 1) {
                failedTwice.add(u);
                pending.remove(u.id());
                replays.remove(u.id());
                lines.append("{\"done\":").append(u.id()).append("}\n");
            } else {
                replays.merge(u.id(), 1, Integer::sum);
                lines.append("{\"replayed\":").append(u.id()).append("}\n");
                again.add(u);
            }
        }
        write(lines.toString(), true);
        return again;
    }

    /**
     * A stop that left these updates waiting for their replies, not half-handled: they did not fail, so their
     * count of replays starts over.
     */
    synchronized void kept(java.util.Collection<Integer> ids) {
        StringBuilder lines = new StringBuilder();
        for (Integer id : ids) {
            if (pending.containsKey(id)) {
                replays.remove(id);
                lines.append("{\"kept\":").append(id).append("}\n");
            }
        }
        write(lines.toString(), true);
    }

    /** The update's replies are sent or given up: it will not be handled again. */
    synchronized void done(int id) {
        done(id, true);
    }

    private void done(int id, boolean journal) {
        remember(id);
        replays.remove(id);
        if (pending.remove(id) != null && journal) {
            write("{\"done\":" + id + "}\n", false);
        }
    }

    /** Telegram started its update ids over: the old ids mean nothing now (the pending updates stay pending). */
    synchronized void startOver() {
        seen.clear();
        seen.addAll(pending.keySet());
        replays.clear();
        StringBuilder lines = new StringBuilder("{\"reset\":true}\n");
        pending.values().forEach(u -> lines.append(acceptedLine(u)));
        write(lines.toString(), true);
    }

    private String acceptedLine(Incoming u) {
        ObjectNode line = json.createObjectNode();
        line.put("accepted", u.id());
        // The update as received: writing it back from the library's objects could throw.
        line.set("update", u.raw());
        return line + "\n";
    }

    synchronized boolean contains(int updateId) {
        return seen.contains(updateId) || pending.containsKey(updateId);
    }

    /** The updates accepted and not done, oldest first: what a restart handles again. */
    synchronized List<Incoming> pending() {
        return List.copyOf(pending.values());
    }

    synchronized List<Integer> pendingIds() {
        return List.copyOf(pending.keySet());
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

    /**
     * Appends lines; {@code force}: on disk before returning (an acceptance), else flushed to the OS (a done mark).
     * False when they could not be written: the journal is then broken until {@link #recover()}.
     */
    private boolean write(String lines, boolean force) {
        if (file.isEmpty() || lines.isEmpty()) {
            return true;
        }
        if (out == null) {
            broken = true;
            return false;
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
            return true;
        } catch (IOException e) {
            if (!broken) {
                LOG.error("cannot write the update journal ({}: {}): no update is taken on until it can be written again",
                        e.getClass().getSimpleName(), e.getMessage());
            }
            broken = true;
            closeQuietly();
            return false;
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
        pending.values().forEach(u -> lines.append(acceptedLine(u)));
        replays.forEach((id, n) -> {
            for (int i = 0; i < n; i++) {
                lines.append("{\"replayed\":").append(id).append("}\n");
            }
        });
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
