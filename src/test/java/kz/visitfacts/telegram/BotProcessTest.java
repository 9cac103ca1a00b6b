package kz.visitfacts.telegram;

import static kz.visitfacts.telegram.FakeBotApi.privateMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import kz.visitfacts.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run} as a user starts it: bad settings end with one line and exit 2; SIGTERM ends a running bot. */
class BotProcessTest {
    private static int run(Map<String, String> env, ByteArrayOutputStream err) {
        return new Cli(env, new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run("run");
    }

    @Test
    void missingMalformedAndRejectedTokensEndWithOneLineAndExitTwo() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, run(Map.of("VISIT_FACTS_DIR", kz.visitfacts.TestFacts.DIR.toString()), err));
        assertEquals(1, err.toString(StandardCharsets.UTF_8).lines().count());
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("visit-facts-bot: TELEGRAM_BOT_TOKEN is not set"));

        err.reset();
        assertEquals(2, run(Map.of("TELEGRAM_BOT_TOKEN", "12345", "VISIT_FACTS_DIR", kz.visitfacts.TestFacts.DIR.toString()), err));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("visit-facts-bot: TELEGRAM_BOT_TOKEN is malformed"));

        try (FakeBotApi api = new FakeBotApi()) {
            api.rejectToken();
            err.reset();
            assertEquals(2, run(Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "TELEGRAM_API_URL", api.baseUrl(),
                    "VISIT_FACTS_DIR", kz.visitfacts.TestFacts.DIR.toString()), err));
            String line = err.toString(StandardCharsets.UTF_8);
            assertEquals("visit-facts-bot: Telegram rejected the token (401 from getMe): check TELEGRAM_BOT_TOKEN\n", line);
        }
    }

    @Test
    void anUnreachableApiEndsWithExitOne() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(1, run(Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "TELEGRAM_API_URL", "http://127.0.0.1:9",
                "VISIT_FACTS_DIR", kz.visitfacts.TestFacts.DIR.toString()), err));
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("visit-facts-bot: cannot reach the Bot API at 127.0.0.1:9"), text);
        assertFalse(text.contains(FakeBotApi.TOKEN));
    }

    /** {@code java ... Main run} in its own JVM, with the product's logging, against the fake Bot API. */
    static Process startBotProcess(FakeBotApi api, Path stateDir, Path log) throws java.io.IOException {
        return startBotProcess(api, stateDir, log, Map.of());
    }

    static Process startBotProcess(FakeBotApi api, Path stateDir, Path log, Map<String, String> env) throws java.io.IOException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The product's own logging, not the tests' quieter logback-test.xml: the test classes stay off the class path.
        String classPath = java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
        ProcessBuilder pb = new ProcessBuilder(javaBin, "-cp", classPath, "kz.visitfacts.cli.Main", "run");
        pb.environment().put("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN);
        pb.environment().put("TELEGRAM_API_URL", api.baseUrl());
        // The seed, whose answers the tests pin (the bundled facts/ may hold a curator's sources too).
        pb.environment().put("VISIT_FACTS_DIR", kz.visitfacts.TestFacts.DIR.toAbsolutePath().toString());
        pb.environment().put("BOT_STATE_DIR", stateDir.toString());
        pb.environment().put("BOT_BACKOFF_CAP_MS", "1000");
        pb.environment().putAll(env);
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        return pb.start();
    }

    @Test
    void sigtermStopsARunningBotWithinSecondsAndTheJvmExits(@TempDir Path tmp) throws Exception {
        try (FakeBotApi api = new FakeBotApi()) {
            File log = tmp.resolve("bot.log").toFile();
            Process p = startBotProcess(api, tmp.resolve("state"), log.toPath());
            try {
                api.await("setmycommands", c -> true, 4, Duration.ofSeconds(30));
                api.push(privateMessage(9001, "中哈两国2024年的贸易额有多少？", "zh"));
                assertTrue(api.awaitOne("sendmessage", c -> c.body().path("chat_id").asLong() == 9001).text().startsWith("<b>440亿美元</b>"));
                long t0 = System.nanoTime();
                p.destroy();
                assertTrue(p.waitFor(TelegramBot.DRAIN_SECONDS + 5, TimeUnit.SECONDS), "the JVM did not exit after SIGTERM");
                assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(TelegramBot.DRAIN_SECONDS + 5).toNanos());
                List<String> lines = Files.readAllLines(log.toPath());
                assertTrue(lines.stream().anyMatch(l -> l.contains("stopped")), lines.toString());
                assertTrue(lines.stream().noneMatch(l -> l.contains(FakeBotApi.TOKEN)), lines.toString());
            } finally {
                p.destroyForcibly();
            }
        }
    }

    @Test
    void theTokenAppearsInNoLogLineOfARunWithFaultsAndSigintStopsIt(@TempDir Path tmp) throws Exception {
        try (FakeBotApi api = new FakeBotApi()) {
            api.fault("getupdates", FakeBotApi.Fault.serverError(), FakeBotApi.Fault.badGatewayHtml(),
                    FakeBotApi.Fault.dropConnection(), FakeBotApi.Fault.conflict(), FakeBotApi.Fault.tooManyRequests(1));
            api.fault("sendmessage", FakeBotApi.Fault.serverError(), FakeBotApi.Fault.badGatewayHtml(), FakeBotApi.Fault.dropConnection(),
                    FakeBotApi.Fault.status(403, "{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}"));
            api.fault("setmycommands", FakeBotApi.Fault.serverError());
            Path log = tmp.resolve("bot.log");
            Process p = startBotProcess(api, tmp.resolve("state"), log);
            try {
                api.await("setmycommands", c -> true, 3, Duration.ofSeconds(30));
                api.push(privateMessage(9101, "中哈两国2024年的贸易额有多少？", "zh"));
                api.push(privateMessage(9102, "Tell me a joke", "en"));
                api.push(FakeBotApi.raw("{\"message\": {\"date\": 1757000000, \"from\": {\"id\": 9103, \"is_bot\": false, \"first_name\": \"U\"},"
                        + " \"chat\": {\"id\": 9103, \"type\": \"private\"}, \"text\": \"中哈贸易额\"}}"));
                api.push(privateMessage(9104, "免签", "zh"));
                api.await("sendmessage", c -> true, 2, Duration.ofSeconds(20));
                Thread.sleep(1000);
                new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
                assertTrue(p.waitFor(TelegramBot.DRAIN_SECONDS + 5, TimeUnit.SECONDS), "the JVM did not exit after SIGINT");
            } finally {
                p.destroyForcibly();
            }
            String output = Files.readString(log);
            assertTrue(output.matches("(?s).*INFO  k\\.v\\.t\\.UpdateDispatcher - answered update=\\d+ latency_ms=\\d+ lang=zh chat=private\n.*"), output);
            assertTrue(output.contains("visit-facts-bot " + kz.visitfacts.cli.Version.current() + " on Java"), output);
            assertTrue(output.contains("not-found update=") || output.contains("failed update=2 not-found"), output);
            assertTrue(output.contains("failed"), output);
            assertTrue(output.contains("stopped"), output);
            assertFalse(output.contains(FakeBotApi.TOKEN), output);
            assertFalse(output.contains(FakeBotApi.TOKEN.substring(FakeBotApi.TOKEN.indexOf(':') + 1)), output);
        }
    }

    @Test
    void asJsonEveryLineIsAnObjectAndEachAnswerCarriesLatencyLanguageChatTypeAndOutcome(@TempDir Path tmp) throws Exception {
        try (FakeBotApi api = new FakeBotApi()) {
            Path log = tmp.resolve("bot.log");
            Process p = startBotProcess(api, tmp.resolve("state"), log, Map.of("LOG_FORMAT", "json"));
            try {
                api.await("setmycommands", c -> true, 4, Duration.ofSeconds(30));
                api.push(privateMessage(9201, "Сколько документов подписали на саммите?", "ru"));
                api.push(privateMessage(9202, "中哈两国2024年的贸易额有多少？", "zh"));
                api.await("sendmessage", c -> true, 2, Duration.ofSeconds(20));
                p.destroy();
                assertTrue(p.waitFor(TelegramBot.DRAIN_SECONDS + 5, TimeUnit.SECONDS));
            } finally {
                p.destroyForcibly();
            }
            String output = Files.readString(log);
            assertFalse(output.contains(FakeBotApi.TOKEN), output);
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            java.util.Set<String> answered = new java.util.HashSet<>();
            for (String line : output.lines().toList()) {
                com.fasterxml.jackson.databind.JsonNode n = json.readTree(line);
                assertTrue(n.has("level") && n.has("formattedMessage") && n.has("timestamp"), line);
                java.util.Map<String, String> kv = new java.util.HashMap<>();
                n.path("kvpList").forEach(pair -> pair.fields().forEachRemaining(f -> kv.put(f.getKey(), f.getValue().asText())));
                if ("answered".equals(kv.get("outcome"))) {
                    assertTrue(kv.get("latency_ms").matches("\\d+"), line);
                    assertEquals("private", kv.get("chat"), line);
                    answered.add(kv.get("lang"));
                }
            }
            assertEquals(java.util.Set.of("ru", "zh"), answered, output);
        }
    }
}
