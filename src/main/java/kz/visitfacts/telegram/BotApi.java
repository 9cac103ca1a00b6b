package kz.visitfacts.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.botapimethods.PartialBotApiMethod;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The Bot API over HTTP, replacing TelegramBots' blocking {@code execute}: that one waits with no timeout on a
 * future the library leaves unfinished when reading a response body fails, so one response cut in its
 * middle froze a sending thread, or polling, for ever. Here every call is one synchronous OkHttp call under
 * the client's call timeout (DNS to the last byte of the body), a cut body is an {@link IOException} like any
 * other, redirects are not followed (a 302 would carry the token to another server), bodies are capped, and
 * an answer that is not JSON is named by its HTTP status. TelegramBots still supplies the typed methods and
 * reads their results and Telegram's error answers (code, retry_after).
 */
final class BotApi {
    /** More than 100 updates of the largest kind; a body past it is an error, not a heap filled. */
    static final int MAX_BODY = 16 << 20;
    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient http;
    private final ObjectMapper json;
    private final BotConfig config;

    /** An answer that is not the Bot API's (a redirect, an HTML error page): named by its HTTP status. */
    static final class BadAnswer extends TelegramApiException {
        BadAnswer(String message) {
            super(message);
        }
    }

    BotApi(OkHttpClient http, ObjectMapper json, BotConfig config) {
        this.http = http;
        this.json = json;
        this.config = config;
    }

    /** Calls one method and returns its result; Telegram's error answers throw TelegramBots' request exception. */
    <T extends Serializable> T execute(PartialBotApiMethod<T> method) throws TelegramApiException {
        method.validate();
        byte[] body;
        try {
            body = json.writeValueAsBytes(method);
        } catch (IOException e) {
            throw new TelegramApiException("cannot write " + method.getMethod(), e);
        }
        return method.deserializeResponse(call(method.getMethod(), body));
    }

    /**
     * getUpdates, its result left as JSON: each update is read on its own by the caller, so one the library
     * cannot read costs that update only. The offset is a long: an update id past 2³¹ must still be confirmable.
     */
    List<JsonNode> getUpdates(Long offset, int limit, int timeoutSeconds, List<String> allowedUpdates) throws TelegramApiException {
        ObjectNode request = json.createObjectNode();
        if (offset != null) {
            request.put("offset", offset);
        }
        request.put("limit", limit).put("timeout", timeoutSeconds);
        allowedUpdates.forEach(request.putArray("allowed_updates")::add);
        String answer = call(GetUpdates.PATH, request.toString().getBytes(StandardCharsets.UTF_8));
        JsonNode tree;
        try {
            tree = json.readTree(answer);
        } catch (IOException e) {
            throw new TelegramApiException("getUpdates: the answer is not JSON (" + e.getClass().getSimpleName() + ")");
        }
        if (!tree.path("ok").asBoolean(false) || !tree.path("result").isArray()) {
            // Telegram's error answer: the library reads its code and retry_after into the exception it throws.
            new GetUpdates().deserializeResponse(answer);
            throw new TelegramApiException("getUpdates: the answer has no list of updates");
        }
        List<JsonNode> items = new ArrayList<>();
        tree.path("result").forEach(items::add);
        return items;
    }

    private String call(String method, byte[] body) throws TelegramApiException {
        Request request = new Request.Builder().url(url(method)).post(RequestBody.create(body, JSON_TYPE)).build();
        try (Response response = http.newCall(request).execute()) {
            if (response.isRedirect()) {
                throw new BadAnswer("the Bot API answered HTTP " + response.code()
                        + " (a redirect, not followed: the token stays with the configured server)");
            }
            String text = read(response.body());
            String type = String.valueOf(response.header("Content-Type", "no content type"));
            if (!text.stripLeading().startsWith("{")) {
                throw new BadAnswer("the Bot API answered HTTP " + response.code() + " with " + type.split(";")[0] + ", not JSON");
            }
            return text;
        } catch (IOException e) {
            // A cut body, a reset, a timeout: an error like any other, retried by the caller.
            throw new TelegramApiException(method + " failed: " + config.redact(Outbox.rootMessage(e)), e);
        }
    }

    private static String read(ResponseBody body) throws IOException {
        if (body == null) {
            return "";
        }
        BufferedSource source = body.source();
        if (source.request(MAX_BODY + 1L)) {
            throw new IOException("an answer over " + MAX_BODY + " bytes");
        }
        return source.getBuffer().readString(StandardCharsets.UTF_8);
    }

    private HttpUrl url(String method) {
        TelegramUrl api = config.apiUrl();
        HttpUrl.Builder url = new HttpUrl.Builder().scheme(api.getSchema()).host(api.getHost()).port(api.getPort())
                .addPathSegment("bot" + config.token());
        if (api.isTestServer()) {
            url.addPathSegment("test");
        }
        return url.addPathSegment(method).build();
    }
}
