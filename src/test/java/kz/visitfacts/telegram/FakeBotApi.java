package kz.visitfacts.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * A Bot API server on 127.0.0.1 for tests: it serves getUpdates from a queue the test fills, answers every
 * other method as Telegram would, and records every call. Method names are matched case-insensitively
 * (the client sends them in lower case).
 */
final class FakeBotApi implements AutoCloseable {
    static final long BOT_ID = 4242;
    static final String BOT_USERNAME = "visit_facts_bot";
    /** Shaped like a token so it passes the format check; it opens nothing. */
    static final String TOKEN = "1234567890:TEST-not-a-real-token_abcdefghijkl";

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What the server does to one call instead of answering it well: an HTTP status with a body (JSON or
     * not), a dropped connection, or a delay before the usual answer.
     */
    record Fault(int status, String body, boolean drop, Duration delay) {
        static Fault status(int status, String json) {
            return new Fault(status, json, false, Duration.ZERO);
        }

        /** The usual answer's headers and the first half of its body, then the connection closes. */
        static Fault cutBody() {
            return new Fault(200, "cut", true, Duration.ZERO);
        }

        /** A redirect to another server, as a hijacked or misconfigured proxy would answer. */
        static Fault redirect(String location) {
            return new Fault(302, location, false, Duration.ZERO);
        }

        static Fault tooManyRequests(int retryAfter) {
            return status(429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after "
                    + retryAfter + "\",\"parameters\":{\"retry_after\":" + retryAfter + "}}");
        }

        static Fault serverError() {
            return status(500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}");
        }

        static Fault badGatewayHtml() {
            return status(502, "<html><body>502 Bad Gateway</body></html>");
        }

        static Fault conflict() {
            return status(409, "{\"ok\":false,\"error_code\":409,\"description\":\"Conflict: terminated by other getUpdates request\"}");
        }

        static Fault dropConnection() {
            return new Fault(0, null, true, Duration.ZERO);
        }

        /** Answers normally: a placeholder to let a call through between faults. */
        static Fault none() {
            return new Fault(200, null, false, Duration.ZERO);
        }

        boolean isNone() {
            return status == 200 && !drop && delay.isZero();
        }

        boolean isCut() {
            return drop && "cut".equals(body);
        }

        static Fault slow(Duration delay) {
            return new Fault(200, null, false, delay);
        }
    }

    /** One call the bot made, and when it was answered. */
    record Call(String method, JsonNode body, long nanos) {
        String text() {
            return body.path("text").asText(body.path("message_text").asText(""));
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-bot-api");
        t.setDaemon(true);
        return t;
    });
    /** Updates not yet confirmed by an offset, in order. */
    private final List<JsonNode> pending = new ArrayList<>();
    private int nextUpdateId = 1;
    private final java.util.Map<String, java.util.Deque<Fault>> faults = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<Long, java.util.concurrent.CountDownLatch> held = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger messageIds = new AtomicInteger(1000);
    private final List<Integer> sentMessageIds = new CopyOnWriteArrayList<>();
    private volatile boolean rejectToken;
    /** How long every call but getUpdates takes, as Telegram's servers far away would. */
    private volatile Duration latency = Duration.ZERO;
    private final AtomicInteger sendsInFlight = new AtomicInteger();
    private final AtomicInteger maxSendsInFlight = new AtomicInteger();
    private volatile String tokenSeen;

    FakeBotApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    TelegramUrl url() {
        return new TelegramUrl("http", "127.0.0.1", server.getAddress().getPort(), false);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void latency(Duration d) {
        latency = d;
    }

    /** The most sendMessage calls the server was working on at once. */
    int maxSendsInFlight() {
        return maxSendsInFlight.get();
    }

    /** The sendMessage calls the server is working on now (received, not yet answered). */
    int sendsInFlight() {
        return sendsInFlight.get();
    }

    void rejectToken() {
        rejectToken = true;
    }

    String tokenSeen() {
        return tokenSeen;
    }

    /** Queues an update for getUpdates; its update_id is the next one. */
    synchronized int push(ObjectNode update) {
        int id = nextUpdateId++;
        update.put("update_id", id);
        pending.add(update);
        notifyAll();
        return id;
    }

    /**
     * Queues an item for getUpdates exactly as given — any update_id, none, or JSON null — as a broken or
     * hostile server might send it. An item without an id is confirmed by any offset.
     */
    synchronized void pushRaw(JsonNode item) {
        pending.add(item == null ? JSON.nullNode() : item);
        notifyAll();
    }

    private static long idOf(JsonNode item) {
        JsonNode id = item.get("update_id");
        return id != null && id.canConvertToLong() ? id.asLong() : Long.MIN_VALUE;
    }

    /** Starts update ids over from {@code first}, as Telegram does after a week idle or a move between servers. */
    synchronized void restartIdsAt(int first) {
        nextUpdateId = first;
    }

    synchronized int pendingCount() {
        return pending.size();
    }

    /** The next calls of {@code method} meet these faults, one each, in order. */
    void fault(String method, Fault... next) {
        faults.computeIfAbsent(method.toLowerCase(Locale.ROOT), k -> new java.util.concurrent.ConcurrentLinkedDeque<>())
                .addAll(List.of(next));
    }

    void clearFaults() {
        faults.clear();
    }

    /** Messages to this chat are held unanswered (and not recorded) until released, or for at most 30 s. */
    void hold(long chatId) {
        held.put(chatId, new java.util.concurrent.CountDownLatch(1));
    }

    void release(long chatId) {
        java.util.concurrent.CountDownLatch l = held.remove(chatId);
        if (l != null) {
            l.countDown();
        }
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equalsIgnoreCase(method)).toList();
    }

    /** Waits until at least {@code count} calls match, then returns them all. */
    List<Call> await(String method, Predicate<Call> match, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<Call> found = calls(method).stream().filter(match).toList();
            if (found.size() >= count || System.nanoTime() > deadline) {
                return found;
            }
            Thread.sleep(10);
        }
    }

    /** Waits for the first call that matches: up to 30 s, since a bot in a JVM of its own starts slowly on a busy machine. */
    Call awaitOne(String method, Predicate<Call> match) throws InterruptedException {
        List<Call> found = await(method, match, 1, Duration.ofSeconds(30));
        if (found.isEmpty()) {
            throw new AssertionError("no " + method + " call matched; calls: " + calls());
        }
        return found.get(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            String[] parts = path.split("/");
            if (parts.length < 3 || !parts[1].startsWith("bot")) {
                respond(ex, 404, error(404, "Not Found"));
                return;
            }
            tokenSeen = parts[1].substring(3);
            String method = parts[parts.length - 1].toLowerCase(Locale.ROOT);
            byte[] raw = ex.getRequestBody().readAllBytes();
            String contentType = String.valueOf(ex.getRequestHeaders().getFirst("Content-Type"));
            JsonNode body = raw.length == 0 ? JSON.createObjectNode()
                    : contentType.startsWith("multipart/form-data") ? multipart(raw, contentType) : JSON.readTree(raw);
            if (rejectToken) {
                respond(ex, 401, error(401, "Unauthorized"));
                return;
            }
            boolean send = method.equals("sendmessage");
            if (send) {
                maxSendsInFlight.accumulateAndGet(sendsInFlight.incrementAndGet(), Math::max);
            }
            try {
                if (!method.equals("getupdates") && !latency.isZero()) {
                    Thread.sleep(latency.toMillis());
                }
                answer(ex, method, body);
            } finally {
                if (send) {
                    sendsInFlight.decrementAndGet();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void answer(HttpExchange ex, String method, JsonNode body) throws IOException, InterruptedException {
        {
            java.util.Deque<Fault> queue = faults.get(method);
            Fault fault = queue == null ? null : queue.poll();
            if (fault != null && !fault.isNone()) {
                if (fault.isCut()) {
                    cut(ex, method, body);
                    return;
                }
                if (fault.status() == 302) {
                    ex.getResponseHeaders().set("Location", fault.body() + ex.getRequestURI().getPath());
                    ex.sendResponseHeaders(302, -1);
                    return;
                }
                if (fault.drop()) {
                    // Close the connection without a word: the client sees an unexpected end of stream.
                    ex.getResponseBody().close();
                    return;
                }
                if (!fault.delay().isZero()) {
                    Thread.sleep(fault.delay().toMillis());
                } else {
                    respondRaw(ex, fault.status(), fault.body());
                    return;
                }
            }
            java.util.concurrent.CountDownLatch hold = held.get(body.path("chat_id").asLong(Long.MIN_VALUE));
            if (hold != null && method.equals("sendmessage")) {
                hold.await(30, java.util.concurrent.TimeUnit.SECONDS);
                // Recorded only if the bot is still there to receive the answer.
                respond(ex, 200, ok(result(method, body)));
                calls.add(new Call(method, body, System.nanoTime()));
                return;
            }
            if (!method.equals("getupdates")) {
                calls.add(new Call(method, body, System.nanoTime()));
            }
            respond(ex, 200, ok(result(method, body)));
        }
    }

    /** Sends the headers of the usual answer and half its body, then closes the connection. */
    private void cut(HttpExchange ex, String method, JsonNode body) throws IOException, InterruptedException {
        byte[] bytes = JSON.writeValueAsBytes(ok(result(method, body)));
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(200, bytes.length);
        OutputStream out = ex.getResponseBody();
        out.write(bytes, 0, bytes.length / 2);
        out.flush();
        // Throwing makes the server drop the connection without finishing the body.
        throw new IOException("cut on purpose");
    }

    /** The fields of a multipart form (setWebhook is sent that way, for its optional certificate). */
    private static ObjectNode multipart(byte[] raw, String contentType) {
        String boundary = "--" + contentType.substring(contentType.indexOf("boundary=") + 9).replace("\"", "");
        ObjectNode fields = JSON.createObjectNode();
        for (String part : new String(raw, StandardCharsets.UTF_8).split(java.util.regex.Pattern.quote(boundary))) {
            int name = part.indexOf("name=\"");
            int blank = part.indexOf("\r\n\r\n");
            if (name < 0 || blank < 0) {
                continue;
            }
            String key = part.substring(name + 6, part.indexOf('"', name + 6));
            String value = part.substring(blank + 4).replaceAll("\r\n$", "");
            fields.put(key, value);
        }
        return fields;
    }

    private JsonNode result(String method, JsonNode body) throws InterruptedException {
        return switch (method) {
            case "getme" -> JSON.createObjectNode().put("id", BOT_ID).put("is_bot", true).put("first_name", "Visit Facts")
                    .put("username", BOT_USERNAME);
            case "getupdates" -> updatesFrom(body.has("offset") ? body.get("offset").asLong() : null, body.path("limit").asInt(100));
            case "sendmessage", "editmessagetext" -> body.has("inline_message_id")
                    ? JSON.getNodeFactory().booleanNode(true)
                    : message(body);
            default -> JSON.getNodeFactory().booleanNode(true);
        };
    }

    /** The ids of the messages sendMessage created, in order. */
    List<Integer> sentMessageIds() {
        return List.copyOf(sentMessageIds);
    }

    private JsonNode message(JsonNode body) {
        ObjectNode m = JSON.createObjectNode();
        int id = body.has("message_id") ? body.get("message_id").asInt() : messageIds.incrementAndGet();
        if (!body.has("message_id")) {
            sentMessageIds.add(id);
        }
        m.put("message_id", id);
        m.put("date", System.currentTimeMillis() / 1000);
        m.putObject("chat").put("id", body.path("chat_id").asLong()).put("type", "private");
        m.put("text", body.path("text").asText(""));
        return m;
    }

    /**
     * Long-polls briefly, as Telegram does: an offset confirms (forgets) every pending update before it —
     * unless it lies beyond every pending id, as after ids started over, when nothing is forgotten — and
     * the call waits up to 300 ms for one.
     */
    private synchronized ArrayNode updatesFrom(Long offset, int limit) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 300;
        while (true) {
            if (offset != null && !pending.isEmpty()) {
                long maxPending = pending.stream().mapToLong(FakeBotApi::idOf).max().getAsLong();
                if (maxPending == Long.MIN_VALUE || offset <= maxPending + 1) {
                    pending.removeIf(u -> idOf(u) < offset);
                }
            }
            if (!pending.isEmpty() || System.currentTimeMillis() >= deadline) {
                break;
            }
            wait(Math.max(1, deadline - System.currentTimeMillis()));
        }
        ArrayNode out = JSON.createArrayNode();
        for (JsonNode u : pending) {
            if (out.size() < limit) {
                out.add(u);
            }
        }
        return out;
    }

    private static ObjectNode ok(JsonNode result) {
        ObjectNode o = JSON.createObjectNode();
        o.put("ok", true);
        o.set("result", result);
        return o;
    }

    private static ObjectNode error(int code, String description) {
        return JSON.createObjectNode().put("ok", false).put("error_code", code).put("description", description);
    }

    private static void respondRaw(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", body.startsWith("{") ? "application/json" : "text/html");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void respond(HttpExchange ex, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Stops a test's bot, if it started, then the fake server, if it started: what every bot test does after each test. */
    static void stop(TelegramBot bot, FakeBotApi api) {
        if (bot != null) {
            bot.stop();
        }
        if (api != null) {
            api.close();
        }
    }

    @Override
    public void close() {
        held.values().forEach(java.util.concurrent.CountDownLatch::countDown);
        server.stop(0);
        executor.shutdownNow();
    }

    // ---- updates as Telegram sends them ----

    static ObjectNode user(long id, String languageCode) {
        ObjectNode u = JSON.createObjectNode().put("id", id).put("is_bot", false).put("first_name", "User" + id);
        if (languageCode != null) {
            u.put("language_code", languageCode);
        }
        return u;
    }

    static ObjectNode privateMessage(long chatId, String text, String languageCode) {
        ObjectNode m = JSON.createObjectNode();
        m.put("message_id", (int) (chatId % 100000) + 1);
        m.put("date", 1757000000);
        m.set("from", user(chatId, languageCode));
        m.putObject("chat").put("id", chatId).put("type", "private").put("first_name", "User" + chatId);
        if (text != null) {
            m.put("text", text);
        }
        return JSON.createObjectNode().set("message", m);
    }

    static ObjectNode groupMessage(long chatId, long userId, int messageId, String text) {
        ObjectNode m = JSON.createObjectNode();
        m.put("message_id", messageId);
        m.put("date", 1757000000);
        m.set("from", user(userId, "en"));
        m.putObject("chat").put("id", chatId).put("type", "supergroup").put("title", "Newsroom");
        m.put("text", text);
        return JSON.createObjectNode().set("message", m);
    }

    static ObjectNode withEntity(ObjectNode update, String type, int offset, int length) {
        ArrayNode entities = ((ObjectNode) update.get("message")).putArray("entities");
        entities.addObject().put("type", type).put("offset", offset).put("length", length);
        return update;
    }

    static ObjectNode replyingToBot(ObjectNode update) {
        ObjectNode m = (ObjectNode) update.get("message");
        ObjectNode replied = m.putObject("reply_to_message");
        replied.put("message_id", 7).put("date", 1757000000).put("text", "440亿美元");
        replied.putObject("from").put("id", BOT_ID).put("is_bot", true).put("first_name", "Visit Facts").put("username", BOT_USERNAME);
        replied.set("chat", m.get("chat"));
        return update;
    }

    static ObjectNode inlineQuery(String id, String query, String offset, String languageCode) {
        ObjectNode q = JSON.createObjectNode();
        q.put("id", id);
        q.set("from", user(777, languageCode));
        q.put("query", query);
        q.put("offset", offset);
        return JSON.createObjectNode().set("inline_query", q);
    }

    static ObjectNode callbackQuery(String id, long chatId, int messageId, String data) {
        ObjectNode cq = JSON.createObjectNode();
        cq.put("id", id);
        cq.set("from", user(chatId, "en"));
        cq.put("chat_instance", "ci-" + chatId);
        cq.put("data", data);
        ObjectNode m = cq.putObject("message");
        m.put("message_id", messageId).put("date", 1757000000).put("text", "old");
        m.putObject("chat").put("id", chatId).put("type", "private");
        return JSON.createObjectNode().set("callback_query", cq);
    }

    static ObjectNode raw(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
