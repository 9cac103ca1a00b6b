package kz.visitfacts.telegram;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Webhook mode's settings: the public URL Telegram calls (TELEGRAM_WEBHOOK_URL), where to listen
 * (TELEGRAM_WEBHOOK_LISTEN, default 127.0.0.1:8443) and the secret Telegram sends back in every call
 * (TELEGRAM_WEBHOOK_SECRET, required). The token is never part of the path.
 */
public record WebhookConfig(String url, String path, InetSocketAddress listen, String secret) {
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{16,256}");

    @Override
    public String toString() {
        return "WebhookConfig[url=" + url + ", listen=" + listen + ", secret=<hidden>]";
    }

    /** Empty when webhook mode is off: neither asked for with --webhook nor TELEGRAM_WEBHOOK_URL set. */
    public static Optional<WebhookConfig> fromEnv(Map<String, String> env, boolean asked, BotConfig bot) throws BotConfig.InvalidConfigException {
        String url = env.get("TELEGRAM_WEBHOOK_URL");
        if ((url == null || url.isBlank()) && !asked) {
            return Optional.empty();
        }
        if (url == null || url.isBlank()) {
            throw new BotConfig.InvalidConfigException("webhook mode needs TELEGRAM_WEBHOOK_URL, the https:// address Telegram will call");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new BotConfig.InvalidConfigException("TELEGRAM_WEBHOOK_URL is not a URL");
        }
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new BotConfig.InvalidConfigException("TELEGRAM_WEBHOOK_URL must be an https:// URL");
        }
        if (uri.toString().contains(bot.token())) {
            throw new BotConfig.InvalidConfigException("TELEGRAM_WEBHOOK_URL must not contain the bot token");
        }
        String secret = env.get("TELEGRAM_WEBHOOK_SECRET");
        if (secret == null || !SECRET.matcher(secret).matches()) {
            throw new BotConfig.InvalidConfigException("TELEGRAM_WEBHOOK_SECRET must be 16 to 256 characters of A-Z, a-z, 0-9, '_' or '-'");
        }
        String listen = env.getOrDefault("TELEGRAM_WEBHOOK_LISTEN", "127.0.0.1:8443").strip();
        int colon = listen.lastIndexOf(':');
        int port;
        try {
            port = Integer.parseInt(listen.substring(colon + 1));
            if (colon < 1 || port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new BotConfig.InvalidConfigException("TELEGRAM_WEBHOOK_LISTEN must be host:port with a port from 1 to 65535, like 127.0.0.1:8443");
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return Optional.of(new WebhookConfig(uri.toString(), path, new InetSocketAddress(listen.substring(0, colon), port), secret));
    }
}
