package kz.visitfacts.cli;

import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * An encoder around another that replaces anything shaped like a bot token with {@code <token>} in what it writes:
 * messages, key-value pairs and stack traces alike, in any format (the product's text and JSON lines, or an
 * operator's own pattern). An operator's Logback file keeps the masking by wrapping its encoder in this one:
 * {@code <encoder class="kz.visitfacts.cli.TokenMaskingEncoder"><encoder class="...">...</encoder></encoder>}.
 */
public final class TokenMaskingEncoder<E> extends ContextAwareBase implements Encoder<E> {
    /** What a bot token looks like: the bot's id, a colon, and its secret (none of which JSON escapes). */
    static final Pattern TOKEN_SHAPE = Pattern.compile("\\d{3,}:[A-Za-z0-9_-]{20,}");
    static final String MASK = "<token>";

    private Encoder<E> encoder;
    private boolean started;

    /** The encoder whose output is masked. */
    public void setEncoder(Encoder<E> encoder) {
        this.encoder = encoder;
    }

    @Override
    public byte[] headerBytes() {
        return mask(encoder.headerBytes());
    }

    @Override
    public byte[] encode(E event) {
        return mask(encoder.encode(event));
    }

    @Override
    public byte[] footerBytes() {
        return mask(encoder.footerBytes());
    }

    static byte[] mask(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return bytes;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        java.util.regex.Matcher m = TOKEN_SHAPE.matcher(text);
        return m.find() ? m.replaceAll(MASK).getBytes(StandardCharsets.UTF_8) : bytes;
    }

    @Override
    public void start() {
        if (encoder == null) {
            addError("TokenMaskingEncoder needs an <encoder> inside it");
            return;
        }
        if (!encoder.isStarted()) {
            encoder.start();
        }
        started = true;
    }

    @Override
    public void stop() {
        encoder.stop();
        started = false;
    }

    @Override
    public boolean isStarted() {
        return started;
    }
}
