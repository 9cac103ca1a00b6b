package kz.visitfacts.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.visitfacts.cli.Cli;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Settings an operator could mistype: each refused with its own line and exit code 2, before any call to Telegram. */
class RunSettingsTest {
    private static String run(Map<String, String> extra, FakeBotApi api, int expectedExit) {
        Map<String, String> env = new HashMap<>(Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "TELEGRAM_API_URL", api.baseUrl(),
                "VISIT_FACTS_DIR", kz.visitfacts.TestFacts.DIR.toString()));
        env.putAll(extra);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(env, new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run("run");
        String text = err.toString(StandardCharsets.UTF_8);
        assertEquals(expectedExit, code, text);
        assertTrue(api.calls().isEmpty(), "Telegram was called before the settings were checked: " + api.calls());
        return text;
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "BOT_RATE_GLOBAL_PER_SECOND, 99999999999",
        "BOT_RATE_GLOBAL_PER_SECOND, 1000",
        "BOT_RATE_GLOBAL_PER_SECOND, 0",
        "BOT_RATE_GLOBAL_PER_SECOND, fast",
        "BOT_RATE_CHAT_PER_SECOND, 5",
        "BOT_RATE_GROUP_PER_MINUTE, 60",
        "BOT_RATE_CHAT_BURST, 0",
        "BOT_FLOOD_REFILL_MS, 0",
        "BOT_FLOOD_BURST, -1",
        "BOT_BACKOFF_CAP_MS, 0",
        "BOT_BACKOFF_CAP_MS, 600000",
        "BOT_GROUP_QUEUE, 0",
        "BOT_QUEUE_MAX, 1",
        "BOT_CONTEXT_MINUTES, -1",
        "BOT_CONTEXT_MINUTES, 1441",
        "BOT_CONTEXT_MINUTES, ten",
        "BOT_CONTEXT_MAX, 5",
        "TELEGRAM_HEALTH_PORT, 99999",
        "TELEGRAM_HEALTH_PORT, 0",
        "TELEGRAM_HEALTH_LISTEN, localhost.example",
        "TELEGRAM_HEALTH_LISTEN, 300.1.1.1",
        "TELEGRAM_WEBHOOK_LISTEN, 127.0.0.1:99999",
        "TELEGRAM_WEBHOOK_LISTEN, 127.0.0.1:0",
        "LOG_FORMAT, xml",
    })
    void aBadSettingIsRefusedWithOneLineAndExitTwo(String name, String value) throws Exception {
        try (FakeBotApi api = new FakeBotApi()) {
            Map<String, String> env = new HashMap<>(Map.of(name, value));
            if (name.startsWith("TELEGRAM_WEBHOOK")) {
                env.put("TELEGRAM_WEBHOOK_URL", "https://bot.example.org/hook");
                env.put("TELEGRAM_WEBHOOK_SECRET", "s3cret-s3cret-s3cret");
            }
            String err = run(env, api, 2);
            List<String> lines = err.lines().toList();
            assertEquals(1, lines.size(), err);
            assertTrue(lines.get(0).startsWith("visit-facts-bot: " + name), err);
            assertTrue(!err.contains(FakeBotApi.TOKEN), err);
        }
    }

    @Test
    void everyBadSettingIsReportedAtOnce() throws Exception {
        try (FakeBotApi api = new FakeBotApi()) {
            String err = run(Map.of("BOT_RATE_GLOBAL_PER_SECOND", "1000", "BOT_BACKOFF_CAP_MS", "0", "TELEGRAM_HEALTH_PORT", "99999"), api, 2);
            assertEquals(3, err.lines().count(), err);
        }
    }

    @Test
    void settingsAtTheEdgesOfTheirRangesAreAccepted() throws Exception {
        BotSettings s = BotSettings.fromEnv(Map.of("BOT_RATE_GLOBAL_PER_SECOND", "30", "BOT_RATE_GROUP_PER_MINUTE", "20",
                "BOT_BACKOFF_CAP_MS", "1000", "TELEGRAM_HEALTH_PORT", "65535", "TELEGRAM_HEALTH_LISTEN", "0.0.0.0"));
        assertEquals(30, s.globalPerSecond());
        assertEquals(65535, s.healthPort().orElseThrow());
        assertEquals("0.0.0.0", s.healthListen());
        assertEquals("127.0.0.1", BotSettings.fromEnv(Map.of()).healthListen());
        assertEquals(java.time.Duration.ZERO, BotSettings.fromEnv(Map.of("BOT_CONTEXT_MINUTES", "0")).contextTtl(), "0: no follow-ups");
        assertEquals(java.time.Duration.ofDays(1), BotSettings.fromEnv(Map.of("BOT_CONTEXT_MINUTES", "1440")).contextTtl());
        assertEquals(java.time.Duration.ofSeconds(90), BotSettings.fromEnv(Map.of("BOT_CONTEXT_MINUTES", "1.5")).contextTtl());
        assertEquals(10, BotSettings.fromEnv(Map.of("BOT_CONTEXT_MAX", "10")).contextMax());
        assertEquals(java.util.Optional.empty(), BotSettings.fromEnv(Map.of("TELEGRAM_HEALTH_PORT", " ")).healthPort(),
                "a blank port is off, as an env file's empty line says");
    }
}
