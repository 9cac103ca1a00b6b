package kz.visitfacts.telegram;

import static kz.visitfacts.telegram.FakeBotApi.Fault;
import static kz.visitfacts.telegram.FakeBotApi.privateMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.visitfacts.TestFacts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Faults of the Bot API and of the bot itself: each ends with every question answered exactly once. */
class FaultToleranceTest {
    /** Production behaviour with short waits, and room enough that no limit gets in the way. */
    static BotSettings fast(Optional<Path> stateDir) {
        return TestSettings.fast().limits(BotSettings.defaults().globalPerSecond(), 50, 50, 100).state(stateDir).build();
    }

    @TempDir
    Path tmp;

    private FakeBotApi api;
    private TelegramBot bot;

    @AfterEach
    void stop() {
        FakeBotApi.stop(bot, api);
    }

    private void start(BotSettings settings) throws Exception {
        api = api == null ? new FakeBotApi() : api;
        bot = TelegramBot.start(new BotConfig(FakeBotApi.TOKEN, api.url()), settings, TestFacts::engine);
    }

    /** How many messages the bot sent to each chat. */
    private Map<Long, Integer> answersByChat() {
        Map<Long, Integer> answers = new HashMap<>();
        for (FakeBotApi.Call c : api.calls("sendmessage")) {
            answers.merge(c.body().path("chat_id").asLong(), 1, Integer::sum);
        }
        return answers;
    }

    /** Asks one question from each chat and checks each chat got exactly one answer. */
    private void assertEachAnsweredOnce(List<Long> chats) throws Exception {
        api.await("sendmessage", c -> chats.contains(c.body().path("chat_id").asLong()), chats.size(), Duration.ofSeconds(20));
        Thread.sleep(400);
        Map<Long, Integer> answers = answersByChat();
        for (long chat : chats) {
            assertEquals(1, answers.getOrDefault(chat, 0), "answers to chat " + chat + ": " + answers);
        }
    }

    @Test
    void a429PausesAllSendingForItsRetryAfterThenRetries() throws Exception {
        api = new FakeBotApi();
        start(fast(Optional.empty()));
        api.fault("sendmessage", Fault.tooManyRequests(1));
        long t0 = System.nanoTime();
        api.push(privateMessage(3001, "中哈贸易额", "zh"));
        Thread.sleep(100);
        api.push(privateMessage(3002, "免签", "zh"));
        assertEachAnsweredOnce(List.of(3001L, 3002L));
        for (FakeBotApi.Call c : api.calls("sendmessage")) {
            assertTrue(c.nanos() - t0 >= Duration.ofMillis(900).toNanos(), "a message went out during the pause");
        }
    }

    @Test
    void serverErrorsBadBodiesDroppedConnectionsAndSlowAnswersAreRetried() throws Exception {
        api = new FakeBotApi();
        start(fast(Optional.empty()));
        api.fault("sendmessage", Fault.serverError(), Fault.badGatewayHtml(), Fault.dropConnection(), Fault.slow(Duration.ofSeconds(2)));
        api.push(privateMessage(3101, "中哈贸易额", "zh"));
        api.push(privateMessage(3102, "85%", "en"));
        api.push(privateMessage(3103, "天津宣言", "zh"));
        assertEachAnsweredOnce(List.of(3101L, 3102L, 3103L));
    }

    @Test
    void getUpdatesFaultsBackOffAndPollingGoesOn() throws Exception {
        api = new FakeBotApi();
        api.fault("getupdates", Fault.conflict(), Fault.serverError(), Fault.badGatewayHtml(), Fault.dropConnection(),
                Fault.tooManyRequests(1), Fault.slow(Duration.ofMillis(800)));
        start(fast(Optional.empty()));
        api.push(privateMessage(3201, "中哈贸易额", "zh"));
        assertEachAnsweredOnce(List.of(3201L));
    }

    @Test
    void lowerUpdateIdsAfterAGapAreAcceptedAsANewSequence() throws Exception {
        api = new FakeBotApi();
        start(fast(Optional.of(tmp.resolve("state"))));
        api.restartIdsAt(500);
        api.push(privateMessage(3301, "中哈贸易额", "zh"));
        assertEachAnsweredOnce(List.of(3301L));
        api.restartIdsAt(1);
        api.push(privateMessage(3302, "免签", "zh"));
        api.push(privateMessage(3303, "天津宣言", "zh"));
        assertEachAnsweredOnce(List.of(3301L, 3302L, 3303L));
    }

    @Test
    void aHandlerThatThrowsCostsOnlyItsUpdate() throws Exception {
        api = new FakeBotApi();
        start(fast(Optional.empty()));
        // No message_id: building the reply fails inside the handler.
        api.push(FakeBotApi.raw("{\"message\": {\"date\": 1757000000, \"from\": {\"id\": 3401, \"is_bot\": false, \"first_name\": \"U\"},"
                + " \"chat\": {\"id\": 3401, \"type\": \"private\"}, \"text\": \"中哈贸易额\"}}"));
        api.push(privateMessage(3402, "中哈贸易额", "zh"));
        assertEachAnsweredOnce(List.of(3402L));
    }

    @Test
    void anUpdateTheLibraryCannotWriteBackCostsNothingToItsBatch() throws Exception {
        api = new FakeBotApi();
        Optional<Path> state = Optional.of(tmp.resolve("state"));
        api.push(privateMessage(3451, "中哈贸易额", "zh"));
        api.push(privateMessage(3452, "免签", "zh"));
        // An entity past the end of the text: TelegramBots reads it, but cannot write it back as JSON.
        api.push(FakeBotApi.withEntity(privateMessage(3453, "/help", "en"), "bot_command", 50, 7));
        api.push(privateMessage(3454, "天津宣言", "zh"));
        start(fast(state));
        assertEachAnsweredOnce(List.of(3451L, 3452L, 3454L));
        bot.stop();
        start(fast(state));
        api.push(privateMessage(3455, "免签", "zh"));
        // After a restart, nothing of the batch is answered again.
        assertEachAnsweredOnce(List.of(3451L, 3452L, 3454L, 3455L));
    }

    @Test
    void anUpdateThatFailedTwiceIsSetAsideNotReplayed() throws Exception {
        api = new FakeBotApi();
        Path state = tmp.resolve("state");
        var poison = privateMessage(3471, "中哈贸易额", "zh");
        poison.put("update_id", 71);
        try (UpdateJournal j = new UpdateJournal(Optional.of(state))) {
            // Taken on, then a start that replayed it and died again before it was done.
            j.accept(List.of(new Incoming(71, poison, new com.fasterxml.jackson.databind.ObjectMapper()
                    .treeToValue(poison, org.telegram.telegrambots.meta.api.objects.Update.class))));
            j.replay(new java.util.ArrayList<>());
        }
        start(fast(Optional.of(state)));
        api.push(privateMessage(3472, "免签", "zh"));
        assertEachAnsweredOnce(List.of(3472L));
        assertEquals(0, answersByChat().getOrDefault(3471L, 0), "the update that failed twice was handled a third time");
        String kept = java.nio.file.Files.readString(state.resolve(RejectedUpdates.FILE));
        assertTrue(kept.contains("\"update_id\":71") && kept.contains("failed twice"), kept);
    }

    @Test
    void aRestartDoesNotAnswerHandledUpdatesAgain() throws Exception {
        api = new FakeBotApi();
        Optional<Path> state = Optional.of(tmp.resolve("state"));
        api.push(privateMessage(3501, "中哈贸易额", "zh"));
        api.push(privateMessage(3502, "免签", "zh"));
        // The first poll delivers both; every later one is cut off, so the batch is never confirmed.
        Fault[] cutOff = new Fault[60];
        java.util.Arrays.fill(cutOff, Fault.dropConnection());
        api.fault("getupdates", Fault.none());
        api.fault("getupdates", cutOff);
        start(fast(state));
        assertEachAnsweredOnce(List.of(3501L, 3502L));
        bot.stop();
        assertEquals(2, api.pendingCount(), "the batch should still be unconfirmed");

        api.clearFaults();
        start(fast(state));
        api.push(privateMessage(3503, "天津宣言", "zh"));
        assertEachAnsweredOnce(List.of(3501L, 3502L, 3503L));
        assertEquals(0, api.pendingCount());
    }

    @Test
    void aBotKilledBetweenReceivingAndAnsweringAnswersAfterRestart() throws Exception {
        api = new FakeBotApi();
        Path state = tmp.resolve("state");
        api.push(privateMessage(3601, "中哈贸易额", "zh"));
        api.hold(3602);
        api.push(privateMessage(3602, "免签", "zh"));
        Process crashing = BotProcessTest.startBotProcess(api, state, tmp.resolve("crash.log"));
        try {
            api.awaitOne("sendmessage", c -> c.body().path("chat_id").asLong() == 3601);
            // The answer to 3602 is on its way (held by the server): kill the bot now, with no chance to clean up.
            Thread.sleep(300);
            crashing.destroyForcibly().waitFor();
        } finally {
            crashing.destroyForcibly();
        }
        api.release(3602);
        start(fast(Optional.of(state)));
        assertEachAnsweredOnce(List.of(3601L, 3602L));
    }

    @Test
    void aBotKilledMidBurstLosesNothingAndRepeatsAtMostTheSendsInFlight() throws Exception {
        api = new FakeBotApi();
        api.latency(Duration.ofMillis(200));
        Path state = tmp.resolve("state");
        List<Long> chats = new java.util.ArrayList<>();
        for (long chat = 3700; chat < 3760; chat++) {
            chats.add(chat);
            api.push(privateMessage(chat, chat % 2 == 0 ? "中哈贸易额" : "免签", "zh"));
        }
        Process crashing = BotProcessTest.startBotProcess(api, state, tmp.resolve("crash.log"));
        int inFlight;
        try {
            api.await("sendmessage", c -> true, 15, Duration.ofSeconds(30));
            int before = api.sendsInFlight();
            long killedAt = System.nanoTime();
            crashing.destroyForcibly().waitFor();
            long deadAt = System.nanoTime();
            // In flight, as the bot sees it: what the server was still working on when the bot died (answered
            // into the void), and what it had just answered, whose answer the bot had not yet marked done.
            long justAnswered = api.calls("sendmessage").stream()
                    .filter(c -> c.nanos() >= killedAt - Duration.ofMillis(100).toNanos() && c.nanos() <= deadAt).count();
            inFlight = Math.max(before, api.sendsInFlight()) + (int) justAnswered;
        } finally {
            crashing.destroyForcibly();
        }
        int sentBeforeCrash = api.calls("sendmessage").size();
        assertTrue(sentBeforeCrash < chats.size(), "the burst was over before the kill");
        start(fast(Optional.of(state)));
        api.await("sendmessage", c -> chats.contains(c.body().path("chat_id").asLong()), chats.size(), Duration.ofSeconds(30));
        Thread.sleep(1000);
        Map<Long, Integer> answers = answersByChat();
        for (long chat : chats) {
            assertTrue(answers.getOrDefault(chat, 0) >= 1, "chat " + chat + " was never answered");
        }
        int duplicates = answers.values().stream().mapToInt(n -> n - 1).sum();
        System.out.println("kill -9 mid-burst: " + sentBeforeCrash + " sent before, " + inFlight + " in flight, " + duplicates + " sent twice");
        assertTrue(duplicates <= inFlight, duplicates + " duplicates, " + inFlight + " sends in flight at the kill");
    }
}
