package kz.visitfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.OutputStreamAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class LogSetupTest {
    private static final String TOKEN = "123456789:AAH-abcdefghijklmnopqrstuvwxyz_0123";

    /** Logs a token in a message, a key-value pair and an exception's message. */
    private static void leakTheToken(LoggerContext context) {
        Logger outbox = context.getLogger("kz.visitfacts.telegram.Outbox");
        outbox.info("calling https://api.telegram.org/bot{}/getMe", TOKEN);
        outbox.atInfo().setMessage("answered update=7").addKeyValue("url", "/bot" + TOKEN + "/sendMessage").log();
        outbox.warn("failed", new IllegalStateException("401 for /bot" + TOKEN + "/sendMessage"));
    }

    @Test
    void asTextTheProductLogsOneLinePerEventOnStandardErrorWithTokensMasked() {
        String text = logged(LogSetup.Format.TEXT, LogSetupTest::leakTheToken);
        assertFalse(text.contains(TOKEN), text);
        assertTrue(text.contains("INFO  k.v.t.Outbox - calling https://api.telegram.org/bot<token>/getMe\n"), text);
        assertTrue(text.contains("WARN  k.v.t.Outbox - failed\njava.lang.IllegalStateException: 401 for /bot<token>/sendMessage"), text);
    }

    @Test
    void asJsonEachEventIsOneObjectWithItsKeyValuePairsAndTokensMasked() throws Exception {
        String text = logged(LogSetup.Format.JSON, LogSetupTest::leakTheToken);
        assertFalse(text.contains(TOKEN), text);
        List<String> lines = text.lines().toList();
        assertEquals(3, lines.size(), text);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines.get(0));
        assertEquals("INFO", first.get("level").asText());
        assertEquals("kz.visitfacts.telegram.Outbox", first.get("loggerName").asText());
        assertEquals("calling https://api.telegram.org/bot<token>/getMe", first.get("formattedMessage").asText());
        assertTrue(first.get("timestamp").isNumber());
        assertEquals("/bot<token>/sendMessage", json.readTree(lines.get(1)).get("kvpList").get(0).get("url").asText());
        JsonNode failed = json.readTree(lines.get(2));
        assertEquals("401 for /bot<token>/sendMessage", failed.get("throwable").get("message").asText(), lines.get(2));
    }

    @Test
    void theBotsOwnLinesFromInfoTheLibrariesOnlyFromWarn() {
        String text = logged(LogSetup.Format.TEXT, context -> {
            context.getLogger("kz.visitfacts.telegram.Poller").info("mine");
            context.getLogger("okhttp3.OkHttpClient").info("theirs");
            context.getLogger("okhttp3.OkHttpClient").warn("their warning");
        });
        assertEquals(2, text.lines().count(), text);
        assertTrue(text.contains("mine") && text.contains("their warning") && !text.contains("theirs"), text);
    }

    @Test
    void anOperatorsOwnLogbackFileKeepsTheMaskingByWrappingItsEncoder() throws Exception {
        LoggerContext context = context();
        JoranConfigurator joran = new JoranConfigurator();
        joran.setContext(context);
        joran.doConfigure(new ByteArrayInputStream("""
                <configuration>
                  <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                    <encoder class="kz.visitfacts.cli.TokenMaskingEncoder">
                      <encoder class="ch.qos.logback.classic.encoder.PatternLayoutEncoder"><pattern>%level %msg%n</pattern></encoder>
                    </encoder>
                  </appender>
                  <root level="INFO"><appender-ref ref="OUT"/></root>
                </configuration>
                """.getBytes(StandardCharsets.UTF_8)));
        String text = capture(context, "OUT", c -> c.getLogger("any").info("token {}", TOKEN));
        assertEquals("INFO token <token>\n", text);
    }

    @Test
    void logFormatNamesTextOrJsonAndNothingElse() {
        assertEquals(LogSetup.Format.TEXT, LogSetup.Format.of(null).orElseThrow());
        assertEquals(LogSetup.Format.JSON, LogSetup.Format.of(" JSON ").orElseThrow());
        assertTrue(LogSetup.Format.of("xml").isEmpty());
    }

    private static LoggerContext context() {
        LoggerContext context = new LoggerContext();
        // What SLF4J gives the context it starts; a context made by hand needs it given.
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        return context;
    }

    private static String logged(LogSetup.Format format, Consumer<LoggerContext> logging) {
        LoggerContext context = context();
        LogSetup.apply(context, format);
        ConsoleAppender<ILoggingEvent> console = (ConsoleAppender<ILoggingEvent>) context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR");
        assertEquals("System.err", console.getTarget());
        return capture(context, "STDERR", logging);
    }

    /** Logback holds on to the System.err it found first: what it writes is caught at the appender instead. */
    private static String capture(LoggerContext context, String appender, Consumer<LoggerContext> logging) {
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ((OutputStreamAppender<ILoggingEvent>) root.getAppender(appender)).setOutputStream(out);
        try {
            logging.accept(context);
        } finally {
            root.detachAndStopAllAppenders();
            context.stop();
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
