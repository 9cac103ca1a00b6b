package kz.visitfacts.telegram;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * The bot's settings, read once from the environment: {@code TELEGRAM_BOT_TOKEN} (required) and
 * {@code TELEGRAM_API_URL} (optional, e.g. a self-hosted Bot API server). {@link #toString()} never shows the token.
 */
public record BotConfig(String token, TelegramUrl apiUrl) {
    static final String TOKEN_ENV = "TELEGRAM_BOT_TOKEN";
    static final String API_URL_ENV = "TELEGRAM_API_URL";
    private static final Pattern TOKEN = Pattern.compile("\\d{1,20}:[A-Za-z0-9_-]{20,100}");

    public BotConfig {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(apiUrl, "apiUrl");
    }

    /** A setting that is missing or malformed; the message is safe to print (it never holds the token). */
    public static final class InvalidConfigException extends Exception {
        InvalidConfigException(String message) {
            super(message);
        }
    }

    public static BotConfig fromEnv(Map<String, String> env) throws InvalidConfigException {
        String token = env.get(TOKEN_ENV);
        if (token == null || token.isBlank()) {
            throw new InvalidConfigException(TOKEN_ENV + " is not set: get a token from @BotFather, or use `chat` to try the bot without one");
        }
        if (!TOKEN.matcher(token.strip()).matches()) {
            throw new InvalidConfigException(TOKEN_ENV + " is malformed: a bot token looks like 123456789:AA... (digits, a colon, then letters, digits, '-' or '_')");
        }
        return new BotConfig(token.strip(), apiUrl(env.get(API_URL_ENV)));
    }

    static TelegramUrl apiUrl(String value) throws InvalidConfigException {
        if (value == null || value.isBlank()) {
            return TelegramUrl.DEFAULT_URL;
        }
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme();
            if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
                throw new URISyntaxException(value, "needs http:// or https:// and a host");
            }
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
            return new TelegramUrl(scheme, uri.getHost(), port, false);
        } catch (URISyntaxException e) {
            throw new InvalidConfigException(API_URL_ENV + " is not a URL like http://127.0.0.1:8081");
        }
    }

    /**
     * Replaces the token wherever it appears, for anything that might be printed: as it is, and percent-encoded
     * (its colon as %3A or %3a), as a server quoting the URL back in an error description writes it.
     */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String encoded = token.replace(":", "%3A");
        return text.replace(token, "<token>").replace(encoded, "<token>").replace(token.replace(":", "%3a"), "<token>");
    }

    @Override
    public String toString() {
        return "BotConfig[token=<hidden>, apiUrl=" + apiUrl.getSchema() + "://" + apiUrl.getHost() + ":" + apiUrl.getPort() + "]";
    }
}
