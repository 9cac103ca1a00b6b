package kz.visitfacts.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telegram.telegrambots.meta.api.objects.Update;

/** The journal's promises: what was accepted and not done comes back after a restart; a damaged file costs nothing. */
class UpdateJournalTest {
    @TempDir
    Path dir;

    private static Incoming update(int id, long chat) throws Exception {
        var node = FakeBotApi.privateMessage(chat, "中哈贸易额", "zh");
        node.put("update_id", id);
        return new Incoming(id, node, new ObjectMapper().treeToValue(node, Update.class));
    }

    @Test
    void acceptedUpdatesNotDoneComeBackAfterARestartWithTheirContent() throws Exception {
        try (UpdateJournal j = new UpdateJournal(Optional.of(dir))) {
            assertEquals(3, j.accept(List.of(update(1, 11), update(2, 12), update(3, 13))).size());
            assertEquals(0, j.accept(List.of(update(2, 12))).size(), "a repeated update was accepted again");
            j.done(1);
            j.done(3);
        }
        try (UpdateJournal j = new UpdateJournal(Optional.of(dir))) {
            List<Update> pending = j.pending().stream().map(Incoming::update).toList();
            assertEquals(1, pending.size());
            assertEquals(2, pending.get(0).getUpdateId());
            assertEquals(12L, pending.get(0).getMessage().getChatId());
            assertEquals("中哈贸易额", pending.get(0).getMessage().getText());
            assertTrue(j.contains(1) && j.contains(3));
            assertEquals(0, j.accept(List.of(update(1, 11))).size(), "a done update was accepted again after a restart");
        }
    }

    @Test
    void aCorruptFileIsMovedAsideWithItsGoodLinesKept() throws Exception {
        try (UpdateJournal j = new UpdateJournal(Optional.of(dir))) {
            j.accept(List.of(update(5, 15), update(6, 16)));
            j.done(5);
        }
        Path file = dir.resolve(UpdateJournal.FILE);
        byte[] bytes = Files.readAllBytes(file);
        byte[] damaged = new byte[bytes.length + 3];
        System.arraycopy(bytes, 0, damaged, 0, bytes.length);
        damaged[bytes.length] = (byte) 0xC3;  // not UTF-8 on its own
        damaged[bytes.length + 1] = '{';
        damaged[bytes.length + 2] = '\n';
        Files.write(file, damaged);
        try (UpdateJournal j = new UpdateJournal(Optional.of(dir))) {
            assertEquals(List.of(6), j.pending().stream().map(Incoming::id).toList());
            assertTrue(j.contains(5));
            j.accept(List.of(update(7, 17)));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith(UpdateJournal.FILE + ".corrupt-")), "not moved aside");
        }
        try (UpdateJournal j = new UpdateJournal(Optional.of(dir))) {
            // The new journal is whole again: it is read without loss, and still written to.
            assertEquals(List.of(6, 7), j.pending().stream().map(Incoming::id).toList());
        }
    }

    @Test
    void anUpdateWhoseHandlingTwoStartsDidNotSeeFinishIsSetAside() throws Exception {
        try (UpdateJournal j = new UpdateJournal(Optional.of(dir))) {
            j.accept(List.of(update(1, 11), update(2, 12)));
        }
        try (UpdateJournal j = new UpdateJournal(Optional.of(dir))) {
            List<Incoming> failedTwice = new java.util.ArrayList<>();
            assertEquals(List.of(1, 2), j.replay(failedTwice).stream().map(Incoming::id).toList());
            assertTrue(failedTwice.isEmpty());
            j.done(2);
        }
        try (UpdateJournal j = new UpdateJournal(Optional.of(dir))) {
            List<Incoming> failedTwice = new java.util.ArrayList<>();
            assertTrue(j.replay(failedTwice).isEmpty(), "replayed a third time");
            assertEquals(List.of(1), failedTwice.stream().map(Incoming::id).toList());
        }
        try (UpdateJournal j = new UpdateJournal(Optional.of(dir))) {
            assertTrue(j.pending().isEmpty());
            assertTrue(j.contains(1), "Telegram sending it again would not be skipped");
        }
    }

    @Test
    void updatesLeftWaitingByAStopAreNotCountedAsFailures() throws Exception {
        try (UpdateJournal j = new UpdateJournal(Optional.of(dir))) {
            j.accept(List.of(update(1, 11)));
        }
        for (int start = 0; start < 3; start++) {
            try (UpdateJournal j = new UpdateJournal(Optional.of(dir))) {
                List<Incoming> failedTwice = new java.util.ArrayList<>();
                assertEquals(List.of(1), j.replay(failedTwice).stream().map(Incoming::id).toList(), "start " + start);
                j.kept(List.of(1));
            }
        }
    }

    @Test
    void theHandledIdsOfEarlierVersionsAreTakenOver() throws Exception {
        Files.writeString(dir.resolve(UpdateJournal.LEGACY_FILE), "41\n42\n");
        try (UpdateJournal j = new UpdateJournal(Optional.of(dir))) {
            assertTrue(j.contains(41) && j.contains(42));
            assertTrue(j.pending().isEmpty());
        }
        assertFalse(Files.exists(dir.resolve(UpdateJournal.LEGACY_FILE)));
    }

    @Test
    void withoutAFolderTheJournalStillSkipsRepeats() throws Exception {
        try (UpdateJournal j = new UpdateJournal(Optional.empty())) {
            assertEquals(1, j.accept(List.of(update(9, 19))).size());
            assertEquals(0, j.accept(List.of(update(9, 19))).size());
            assertEquals(1, j.pendingCount());
        }
    }
}
