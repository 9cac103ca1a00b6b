package kz.visitfacts.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The product's logging, set up in code (found by Logback through {@code META-INF/services}): one line per event on
 * standard error, as text or, with {@code LOG_FORMAT=json}, as JSON (Logback's own encoder), each through a
 * {@link TokenMaskingEncoder}, so anything shaped like a bot token is masked in messages, key-value pairs and stack
 * traces alike, whatever logged it. Reading a {@code logback.xml} instead took a sixth of a second of every start.
 * An operator's own file, given with {@code -Dlogback.configurationFile=...}, still wins (wrapping its encoder in
 * {@link TokenMaskingEncoder} keeps the masking), and so does the tests' {@code logback-test.xml}.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {
    static final String FORMAT_ENV = "LOG_FORMAT";
    static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level %logger{1} - %msg%n";

    /** How log lines are written. */
    enum Format {
        TEXT, JSON;

        /** The format LOG_FORMAT names (text when unset); empty when it names none. */
        static java.util.Optional<Format> of(String value) {
            if (value == null || value.isBlank()) {
                return java.util.Optional.of(TEXT);
            }
            return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "text" -> java.util.Optional.of(TEXT);
                case "json" -> java.util.Optional.of(JSON);
                default -> java.util.Optional.empty();
            };
        }
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogSetup.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        // Logback starts before any command reads its environment; `run` refuses a LOG_FORMAT that names no format.
        apply(context, Format.of(System.getenv(FORMAT_ENV)).orElse(Format.TEXT));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Sets {@code context} up as the product logs: INFO for the bot's own lines, WARN for the libraries'. */
    static void apply(LoggerContext context, Format format) {
        Encoder<ILoggingEvent> inner = format == Format.JSON ? json() : text();
        inner.setContext(context);
        inner.start();
        TokenMaskingEncoder<ILoggingEvent> encoder = new TokenMaskingEncoder<>();
        encoder.setContext(context);
        encoder.setEncoder(inner);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        context.getLogger("kz.visitfacts").setLevel(Level.INFO);
    }

    private static Encoder<ILoggingEvent> text() {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setPattern(PATTERN);
        return encoder;
    }

    /** One JSON object a line: timestamp, level, logger, the formatted message, its key-value pairs, any throwable. */
    private static Encoder<ILoggingEvent> json() {
        JsonEncoder encoder = new JsonEncoder();
        encoder.setWithSequenceNumber(false);
        encoder.setWithNanoseconds(false);
        encoder.setWithThreadName(false);
        encoder.setWithContext(false);
        encoder.setWithMarkers(false);
        encoder.setWithMDC(false);
        encoder.setWithMessage(false);
        encoder.setWithArguments(false);
        encoder.setWithFormattedMessage(true);
        return encoder;
    }
}
