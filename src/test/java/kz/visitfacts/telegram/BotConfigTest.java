package kz.visitfacts.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.TelegramUrl;

class BotConfigTest {
    @Test
    void readsTokenAndApiUrlFromTheEnvironment() throws Exception {
        BotConfig c = BotConfig.fromEnv(Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "TELEGRAM_API_URL", "http://127.0.0.1:8081"));
        assertEquals(new TelegramUrl("http", "127.0.0.1", 8081, false), c.apiUrl());
        assertEquals(TelegramUrl.DEFAULT_URL, BotConfig.fromEnv(Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN)).apiUrl());
        assertEquals(443, BotConfig.apiUrl("https://bot.example.org").getPort());
    }

    @Test
    void missingOrMalformedSettingsSayWhatIsWrongWithoutTheToken() {
        String missing = assertThrows(BotConfig.InvalidConfigException.class, () -> BotConfig.fromEnv(Map.of())).getMessage();
        assertTrue(missing.startsWith("TELEGRAM_BOT_TOKEN is not set"));
        String secretish = "not-a-token-but-secret";
        String malformed = assertThrows(BotConfig.InvalidConfigException.class,
                () -> BotConfig.fromEnv(Map.of("TELEGRAM_BOT_TOKEN", secretish))).getMessage();
        assertTrue(malformed.startsWith("TELEGRAM_BOT_TOKEN is malformed"));
        assertFalse(malformed.contains(secretish));
        assertThrows(BotConfig.InvalidConfigException.class,
                () -> BotConfig.fromEnv(Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "TELEGRAM_API_URL", "ftp://x")));
    }

    @Test
    void theTokenNeverShowsInToStringAndIsRedacted() throws Exception {
        BotConfig c = BotConfig.fromEnv(Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN));
        assertFalse(c.toString().contains(FakeBotApi.TOKEN));
        assertEquals("GET /bot<token>/getMe", c.redact("GET /bot" + FakeBotApi.TOKEN + "/getMe"));
    }

    @Test
    void aPercentEncodedTokenIsMaskedToo() {
        BotConfig c = new BotConfig(FakeBotApi.TOKEN, org.telegram.telegrambots.meta.TelegramUrl.DEFAULT_URL);
        String encoded = java.net.URLEncoder.encode(FakeBotApi.TOKEN, java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("Not Found: /bot<token>/getMe", c.redact("Not Found: /bot" + encoded + "/getMe"));
        assertEquals("Not Found: /bot<token>/getMe", c.redact("Not Found: /bot" + encoded.replace("%3A", "%3a") + "/getMe"));
    }

    @Test
    void commandsAreParsedWithTheirBotAndArguments() {
        assertEquals(Optional.of(new Command("ask", Optional.of("Visit_Facts_Bot"), "中哈 贸易")), Command.parse("/ask@Visit_Facts_Bot 中哈 贸易"));
        assertEquals(Optional.of(new Command("start", Optional.empty(), "trade-2024")), Command.parse("/START trade-2024"));
        assertEquals(Optional.empty(), Command.parse("/"));
        assertEquals(Optional.empty(), Command.parse("/привет"));
        assertEquals(Optional.empty(), Command.parse("ask"));
    }
}
