package kz.visitfacts.telegram;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * One small HTTP server (the webhook's, the health check's) that a slow or hostile client cannot stop:
 * Jetty reads requests without a thread per connection, so connections sending a request line, headers or a
 * chunked body byte by byte hold no thread; a connection idle for the read deadline is closed; at most
 * {@link #MAX_CONNECTIONS} are open at once (more wait to be accepted); headers are capped at 8 KB. The JDK's
 * own server, used before, gave each connection a thread while it read the request: 8 partial requests
 * stopped the webhook for minutes.
 */
final class HttpEndpoint implements AutoCloseable {
    static final int MAX_CONNECTIONS = 256;
    private static final int MAX_HEADERS = 8 * 1024;

    private final Server server;
    private final ServerConnector connector;

    HttpEndpoint(String name, InetSocketAddress listen, Duration readDeadline, Handler handler) throws IOException {
        QueuedThreadPool threads = new QueuedThreadPool(16, 2);
        threads.setName(name);
        threads.setDaemon(true);
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(MAX_HEADERS);
        http.setSendServerVersion(false);
        http.setSendDateHeader(false);
        connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(listen.getHostString());
        connector.setPort(listen.getPort());
        connector.setIdleTimeout(readDeadline.toMillis());
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, connector));
        server.setHandler(handler);
        server.setStopTimeout(1000);
        try {
            server.start();
        } catch (Exception e) {
            close();
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
    }

    int port() {
        return connector.getLocalPort();
    }

    /** Writes a whole small answer and completes the request. */
    static void respond(Response response, Callback callback, int status, String contentType, String body, boolean head) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        response.write(true, head ? null : ByteBuffer.wrap(bytes), callback);
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            // Stopping: nothing more to do with it.
        }
    }
}
