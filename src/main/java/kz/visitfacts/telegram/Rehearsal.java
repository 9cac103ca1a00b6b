package kz.visitfacts.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import java.util.List;
import kz.visitfacts.answer.AnswerEngine;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The bot's own work without Telegram: updates of every kind read from JSON, answered and written back as
 * Bot API calls, as a running bot does. Run once at build time so the class-data-sharing archive holds the
 * classes the bot loads (see {@code bin/visit-facts-bot}); nothing goes over the network.
 */
public final class Rehearsal {
    private static final String UPDATES = "{\"ok\":true,\"result\":["
            + "{\"update_id\":1,\"message\":{\"message_id\":1,\"date\":1,\"chat\":{\"id\":1,\"type\":\"private\"},"
            + "\"from\":{\"id\":1,\"is_bot\":false,\"first_name\":\"a\",\"language_code\":\"zh\"},\"text\":\"中哈两国2024年的贸易额有多少？\"}},"
            + "{\"update_id\":2,\"message\":{\"message_id\":2,\"date\":1,\"chat\":{\"id\":-2,\"type\":\"supergroup\",\"title\":\"g\"},"
            + "\"from\":{\"id\":2,\"is_bot\":false,\"first_name\":\"b\"},\"text\":\"@rehearsal_bot How many documents were signed?\","
            + "\"entities\":[{\"type\":\"mention\",\"offset\":0,\"length\":14}]}},"
            + "{\"update_id\":3,\"message\":{\"message_id\":3,\"date\":1,\"chat\":{\"id\":3,\"type\":\"private\"},"
            + "\"from\":{\"id\":3,\"is_bot\":false,\"first_name\":\"c\"},\"text\":\"/topics\",\"entities\":[{\"type\":\"bot_command\",\"offset\":0,\"length\":7}]}},"
            + "{\"update_id\":4,\"inline_query\":{\"id\":\"4\",\"from\":{\"id\":4,\"is_bot\":false,\"first_name\":\"d\"},\"query\":\"贸易\",\"offset\":\"\"}},"
            + "{\"update_id\":5,\"message\":{\"message_id\":5,\"date\":1,\"chat\":{\"id\":5,\"type\":\"private\"},"
            + "\"from\":{\"id\":5,\"is_bot\":false,\"first_name\":\"e\"},\"text\":\"Сколько китайских компаний работает в Казахстане?\"}}"
            + "]}";

    private Rehearsal() {
    }

    /**
     * Answers a few updates of each kind and serializes the replies, then runs the bot itself for one question
     * against a Bot API imitated on 127.0.0.1; returns how many calls the updates made.
     */
    public static int run(AnswerEngine engine) throws Exception {
        int calls = offline(engine);
        loopback(engine);
        return calls;
    }

    private static int offline(AnswerEngine engine) throws Exception {
        ObjectMapper json = new ObjectMapper();
        UpdateHandler handler = new UpdateHandler(engine, new BotIdentity(0, "rehearsal_bot"));
        List<Update> updates = new GetUpdates().deserializeResponse(UPDATES);
        int calls = 0;
        for (Update u : updates) {
            for (BotApiMethod<? extends Serializable> m : handler.handle(u).calls()) {
                json.writeValueAsString(m);
                calls++;
            }
        }
        com.fasterxml.jackson.databind.JsonNode tree = json.readTree(UPDATES);
        List<com.fasterxml.jackson.databind.JsonNode> items = new java.util.ArrayList<>();
        tree.path("result").forEach(items::add);
        new UpdateJournal(java.util.Optional.empty()).accept(new UpdateReader().read(items).updates());
        return calls;
    }

    /** The real bot, polling and sending over HTTP, against a stand-in for the Bot API on 127.0.0.1. */
    private static void loopback(AnswerEngine engine) throws Exception {
        java.util.concurrent.CountDownLatch answered = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean delivered = new java.util.concurrent.atomic.AtomicBoolean();
        com.sun.net.httpserver.HttpServer api = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        api.createContext("/", ex -> {
            try (ex) {
                ex.getRequestBody().readAllBytes();
                String method = ex.getRequestURI().getPath().substring(ex.getRequestURI().getPath().lastIndexOf('/') + 1)
                        .toLowerCase(java.util.Locale.ROOT);
                String result = switch (method) {
                    case "getme" -> "{\"id\":1,\"is_bot\":true,\"first_name\":\"r\",\"username\":\"rehearsal_bot\"}";
                    case "getupdates" -> delivered.getAndSet(true) ? "[]" : UPDATES.substring(UPDATES.indexOf('['), UPDATES.lastIndexOf(']') + 1);
                    case "sendmessage" -> {
                        answered.countDown();
                        yield "{\"message_id\":1,\"date\":1,\"chat\":{\"id\":1,\"type\":\"private\"}}";
                    }
                    default -> "true";
                };
                byte[] body = ("{\"ok\":true,\"result\":" + result + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
                ex.getResponseHeaders().set("Content-Type", "application/json");
                ex.sendResponseHeaders(200, body.length);
                ex.getResponseBody().write(body);
            }
        });
        api.start();
        try {
            TelegramBot bot = TelegramBot.start(new BotConfig("1:rehearsal-not-a-token",
                            new org.telegram.telegrambots.meta.TelegramUrl("http", "127.0.0.1", api.getAddress().getPort(), false)),
                    BotSettings.defaults().withStateDir(java.util.Optional.empty()), () -> engine);
            answered.await(10, java.util.concurrent.TimeUnit.SECONDS);
            bot.stop();
        } finally {
            api.stop(0);
        }
    }
}
