package kz.visitfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import java.io.ByteArrayOutputStream;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LogSetupTest {
    private static final String TOKEN = "123456789:AAH-abcdefghijklmnopqrstuvwxyz_0123";

    @Test
    void theProductLogsOneLinePerEventOnStandardErrorWithTokensMasked() {
        String text = logged(context -> {
            context.getLogger("kz.visitfacts.telegram.Outbox").info("calling https://api.telegram.org/bot{}/getMe", TOKEN);
            context.getLogger("kz.visitfacts.telegram.Outbox").warn("failed",
                    new IllegalStateException("401 for /bot" + TOKEN + "/sendMessage"));
        });
        assertFalse(text.contains(TOKEN), text);
        assertTrue(text.contains("INFO  k.v.t.Outbox - calling https://api.telegram.org/bot<token>/getMe\n"), text);
        assertTrue(text.contains("WARN  k.v.t.Outbox - failed\njava.lang.IllegalStateException: 401 for /bot<token>/sendMessage"), text);
    }

    @Test
    void theBotsOwnLinesFromInfoTheLibrariesOnlyFromWarn() {
        String text = logged(context -> {
            context.getLogger("kz.visitfacts.telegram.Poller").info("mine");
            context.getLogger("okhttp3.OkHttpClient").info("theirs");
            context.getLogger("okhttp3.OkHttpClient").warn("their warning");
        });
        assertEquals(2, text.lines().count(), text);
        assertTrue(text.contains("mine") && text.contains("their warning") && !text.contains("theirs"), text);
    }

    private static String logged(java.util.function.Consumer<LoggerContext> logging) {
        LoggerContext context = new LoggerContext();
        // What SLF4J gives the context it starts; a context made by hand needs it given.
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        LogSetup.apply(context);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        ConsoleAppender<ILoggingEvent> console = (ConsoleAppender<ILoggingEvent>) root.getAppender("STDERR");
        assertEquals("System.err", console.getTarget());
        // Logback holds on to the System.err it found first: what it writes is caught at the appender instead.
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        console.setOutputStream(err);
        try {
            logging.accept(context);
        } finally {
            root.detachAndStopAllAppenders();
            context.stop();
        }
        return err.toString(StandardCharsets.UTF_8);
    }
}
