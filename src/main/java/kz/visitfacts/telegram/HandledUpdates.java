package kz.visitfacts.telegram;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ids of recently handled updates, so one that Telegram delivers again (after a crash, a restart or a
 * retried webhook call) is not answered twice. Kept in memory and, when a folder is given, in an append-only
 * journal there, so the memory survives a restart. Only the most recent ids are kept.
 */
final class HandledUpdates implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HandledUpdates.class);
    static final int REMEMBERED = 10_000;
    static final String FILE = "handled-updates.log";

    private final LinkedHashSet<Integer> ids = new LinkedHashSet<>();
    private final Optional<Path> journal;
    private BufferedWriter writer;
    private int written;

    HandledUpdates(Optional<Path> dir) {
        this.journal = dir.map(d -> d.resolve(FILE));
        journal.ifPresent(this::open);
    }

    private void open(Path file) {
        try {
            Files.createDirectories(file.getParent());
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.equals("reset")) {
                        ids.clear();
                    } else if (line.matches("-?\\d{1,10}")) {
                        remember(Integer.parseInt(line));
                    }
                }
            }
            rewrite(file);
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot keep handled updates in {} ({}); remembering them in memory only", file, e.getClass().getSimpleName());
            writer = null;
        }
    }

    /** Starts the journal afresh with only the remembered ids, so it never grows without bound. */
    private void rewrite(Path file) throws IOException {
        if (writer != null) {
            writer.close();
        }
        Path tmp = file.resolveSibling(FILE + ".tmp");
        List<String> lines = new ArrayList<>();
        ids.forEach(id -> lines.add(Integer.toString(id)));
        Files.write(tmp, lines, StandardCharsets.UTF_8);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        written = ids.size();
    }

    synchronized boolean contains(int updateId) {
        return ids.contains(updateId);
    }

    /** Records a handled update; the journal line is flushed at once, before the next update is confirmed. */
    synchronized void add(int updateId) {
        remember(updateId);
        append(Integer.toString(updateId));
    }

    /** Telegram started its update ids over: the old ids mean nothing now. */
    synchronized void startOver() {
        ids.clear();
        append("reset");
    }

    synchronized int size() {
        return ids.size();
    }

    private void remember(int updateId) {
        ids.remove(updateId);
        ids.add(updateId);
        if (ids.size() > REMEMBERED) {
            Integer eldest = ids.iterator().next();
            ids.remove(eldest);
        }
    }

    private void append(String line) {
        if (writer == null) {
            return;
        }
        try {
            writer.write(line);
            writer.newLine();
            writer.flush();
            if (++written > 2 * REMEMBERED) {
                rewrite(journal.orElseThrow());
            }
        } catch (IOException e) {
            LOG.warn("cannot write handled updates ({}); remembering them in memory only", e.getClass().getSimpleName());
            writer = null;
        }
    }

    @Override
    public synchronized void close() {
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException e) {
                LOG.debug("closing the journal: {}", e.getClass().getSimpleName());
            }
            writer = null;
        }
    }
}
