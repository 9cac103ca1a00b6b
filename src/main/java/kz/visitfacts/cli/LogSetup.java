package kz.visitfacts.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The product's logging, set up in code (found by Logback through {@code META-INF/services}): one line per event on
 * standard error, with anything shaped like a bot token masked, in messages and stack traces alike, whatever logged
 * it. Reading a {@code logback.xml} instead took a sixth of a second of every start. An operator's own file, given
 * with {@code -Dlogback.configurationFile=...}, still wins, and so does the tests' {@code logback-test.xml}.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {
    /** What a bot token looks like: the bot's id, a colon, and its secret. */
    static final String TOKEN_SHAPE = "\\d{3,}:[A-Za-z0-9_-]{20,}";
    static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level %logger{1} - %replace(%msg){'" + TOKEN_SHAPE
            + "','<token>'}%n%replace(%ex){'" + TOKEN_SHAPE + "','<token>'}%nopex";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogSetup.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        apply(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Sets {@code context} up as the product logs: INFO for the bot's own lines, WARN for the libraries'. */
    static void apply(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
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
}
