package kz.visitfacts.telegram;

import static kz.visitfacts.telegram.FakeBotApi.privateMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import kz.visitfacts.TestFacts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the health check says, and what the bot does, when a worker is stuck or the journal's disk is full. */
class StuckAndFullTest {
    private static final Duration PROMPTLY = Duration.ofSeconds(5);
    private final HttpClient http = HttpClient.newHttpClient();
    private FakeBotApi api;
    private TelegramBot bot;

    @TempDir
    Path tmp;

    @AfterEach
    void stop() {
        FakeBotApi.stop(bot, api);
    }

    private HttpResponse<String> healthz() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bot.healthPort() + "/healthz")).timeout(PROMPTLY).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + PROMPTLY.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + PROMPTLY.toSeconds() + " s: " + what);
            }
            Thread.sleep(20);
        }
    }

    private long answers(long chat) {
        return api.calls("sendmessage").stream().filter(c -> c.body().path("chat_id").asLong() == chat).count();
    }

    @Test
    void aWorkerStuckPastTheDeadlineMakesTheBotDegraded() throws Exception {
        // The unanswered log on a pipe nobody reads (a hung network mount would do the same): writing it blocks.
        Path fifo = tmp.resolve("unanswered.fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        api = new FakeBotApi();
        bot = TelegramBot.start(new BotConfig(FakeBotApi.TOKEN, api.url()),
                TestSettings.fast().unanswered(fifo).health(0, Duration.ofMillis(500)).build(), TestFacts::engine);
        api.push(privateMessage(6101, "Tell me a joke", "en"));
        await("healthz degraded", () -> {
            try {
                HttpResponse<String> h = healthz();
                return h.statusCode() == 503 && h.body().contains("a worker has been handling update");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        // Let the worker go: read the pipe.
        try (InputStream in = Files.newInputStream(fifo)) {
            in.read();
        }
        await("the stuck question answered", () -> answers(6101) == 1);
        await("healthz ok again", () -> {
            try {
                return healthz().statusCode() == 200;
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void aFullDiskStopsTakingUpdatesOnSaysSoAndResumesWhenThereIsRoom() throws Exception {
        try (FileSystem disk = Jimfs.newFileSystem(Configuration.unix().toBuilder().setBlockSize(256).setMaxSize(1 << 20).build())) {
            Path state = disk.getPath("/state");
            api = new FakeBotApi();
            bot = TelegramBot.start(new BotConfig(FakeBotApi.TOKEN, api.url()),
                    TestSettings.fast().state(Optional.of(state)).health(0, Duration.ofSeconds(5)).build(), TestFacts::engine);
            api.push(privateMessage(6201, "中哈贸易额", "zh"));
            await("the first question answered", () -> answers(6201) == 1);

            try (LogLines log = new LogLines(UpdateJournal.class)) {
                Path filler = disk.getPath("/filler");
                try (OutputStream out = Files.newOutputStream(filler)) {
                    byte[] block = new byte[256];
                    while (true) {
                        out.write(block);
                    }
                } catch (IOException full) {
                    // The disk is full.
                }
                // What is left of the journal's last block takes a line or two more; then it cannot write.
                long chat = 6202;
                while (!log.has("ERROR", "cannot write the update journal") && chat < 6220) {
                    api.push(privateMessage(chat++, "免签", "zh"));
                    Thread.sleep(200);
                }
                await("an ERROR line", () -> log.has("ERROR", "cannot write the update journal"));
                long held = chat;
                api.push(privateMessage(held, "免签", "zh"));
                // Several polls' time: had the bot taken it on in memory, it would have answered it by now.
                Thread.sleep(1000);
                HttpResponse<String> h = healthz();
                assertEquals(503, h.statusCode(), h.body());
                assertTrue(h.body().contains("the update journal cannot be written"), h.body());
                // Not taken on, so not confirmed: Telegram still holds it, and a crash now would lose nothing.
                assertEquals(1, api.pendingCount());
                assertEquals(0, answers(held));

                Files.delete(filler);
                await("the held question answered", () -> answers(held) == 1);
                assertEquals(200, healthz().statusCode());
                assertTrue(log.has("WARN", "can be written again"), log.lines().toString());
            }
        }
    }
}
