package kz.visitfacts.telegram;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.visitfacts.answer.AnswerEngine;
import okhttp3.ConnectionPool;
import okhttp3.ConnectionSpec;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The front door of the Telegram side: checks the token with getMe, then receives updates by long polling
 * or, in webhook mode, by Telegram's calls, and answers them until stopped. Every thread it starts is a
 * daemon or is ended by {@link #stop()}.
 */
public final class TelegramBot {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramBot.class);
    /** How long replies in flight may take to finish when the bot stops. */
    static final int DRAIN_SECONDS = 5;
    private static final int WORKERS = 8;
    /**
     * Threads that make the HTTP calls; waiting for a rate limit holds none of them. 28 messages a second at
     * 1.5 s a call (a slow day, far from Telegram's servers) keep 42 busy.
     */
    private static final int SENDERS = 48;
    /** The updates the bot handles; Telegram holds the rest back. */
    static final List<String> ALLOWED_UPDATES = List.of("message", "edited_message", "inline_query", "callback_query");
    /** The version tests run as; the product passes Maven's. */
    static final String TEST_VERSION = "test";

    private final BotConfig config;
    private final OkHttpClient http;
    private final UpdateDispatcher dispatcher;
    private final Outbox outbox;
    private final UpdateJournal journal;
    private final Health health;
    private final BotIdentity identity;
    private final Poller poller;
    private final Thread pollThread;
    private final WebhookServer webhook;
    /** Released on stop: the senders and the timer. */
    private final List<ExecutorService> executors;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean stopping;

    /** The bot could not start; the message is safe to print. */
    public static final class StartException extends Exception {
        private final int exitCode;

        StartException(String message, int exitCode) {
            super(message);
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    private TelegramBot(BotConfig config, OkHttpClient http, UpdateDispatcher dispatcher, Outbox outbox,
                        UpdateJournal journal, Health health, BotIdentity identity, Poller poller, Thread pollThread,
                        WebhookServer webhook, List<ExecutorService> executors) {
        this.config = config;
        this.http = http;
        this.dispatcher = dispatcher;
        this.outbox = outbox;
        this.journal = journal;
        this.health = health;
        this.identity = identity;
        this.poller = poller;
        this.pollThread = pollThread;
        this.webhook = webhook;
        this.executors = executors;
    }

    /** Long polling with the given settings; returns once the bot runs. */
    public static TelegramBot start(BotConfig config, BotSettings settings, Supplier<AnswerEngine> engine) throws StartException {
        return start(config, settings, Optional.empty(), engine);
    }

    /** Long polling with the default settings and no memory on disk: for tests. */
    static TelegramBot start(BotConfig config, Supplier<AnswerEngine> engine) throws StartException {
        return start(config, BotSettings.defaults().withStateDir(Optional.empty()), engine);
    }

    public static TelegramBot start(BotConfig config, BotSettings settings, Optional<WebhookConfig> webhookConfig,
                             Supplier<AnswerEngine> engine) throws StartException {
        // Build the answer engine while the token is checked: both take a while, and there are two cores.
        return start(config, settings, webhookConfig, AnswerEngine.buildInBackground(engine));
    }

    static TelegramBot start(BotConfig config, BotSettings settings, Optional<WebhookConfig> webhookConfig,
                             CompletableFuture<AnswerEngine> answers) throws StartException {
        return start(config, settings, webhookConfig, answers, TEST_VERSION);
    }

    /**
     * Starts the bot with an answer engine being built ({@link AnswerEngine#buildInBackground}); returns once it runs.
     * {@code version} is logged and shown in /metrics.
     */
    public static TelegramBot start(BotConfig config, BotSettings settings, Optional<WebhookConfig> webhookConfig,
                             CompletableFuture<AnswerEngine> answers, String version) throws StartException {
        return start(config, settings, webhookConfig, answers, version, System::nanoTime);
    }

    /** Long polling with conversations timed by {@code clock} (nanoseconds): for tests of their expiry. */
    static TelegramBot start(BotConfig config, BotSettings settings, Supplier<AnswerEngine> engine, LongSupplier clock) throws StartException {
        return start(config, settings, Optional.empty(), AnswerEngine.buildInBackground(engine), TEST_VERSION, clock);
    }

    private static TelegramBot start(BotConfig config, BotSettings settings, Optional<WebhookConfig> webhookConfig,
                                     CompletableFuture<AnswerEngine> answers, String version, LongSupplier clock) throws StartException {
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(10, TimeUnit.SECONDS)
                .writeTimeout(15, TimeUnit.SECONDS)
                .readTimeout(20, TimeUnit.SECONDS)
                // The deadline of a whole call, from DNS to the body's last byte: no call can hold a thread longer.
                .callTimeout(settings.callDeadline())
                // A redirect would carry the token (in the path) to whatever server it names.
                .followRedirects(false)
                .followSslRedirects(false)
                // OkHttp lets 5 calls to one host run at once by default: 28 messages a second at 300 ms a call
                // need 9, at 1.5 s 42. Every sender may have its call running, plus the long poll.
                .dispatcher(dispatcher(SENDERS + 2))
                .connectionPool(new ConnectionPool(SENDERS + 2, 5, TimeUnit.MINUTES))
                // A Bot API server reached over plain http (self-hosted, on the same host) needs no TLS, whose
                // set-up (the system's certificates) would only delay the start.
                .connectionSpecs("http".equalsIgnoreCase(config.apiUrl().getSchema())
                        ? List.of(ConnectionSpec.CLEARTEXT) : List.of(ConnectionSpec.MODERN_TLS, ConnectionSpec.CLEARTEXT))
                .build();
        // getUpdates waits up to the poll timeout on Telegram's side; sending should not wait that long.
        OkHttpClient pollHttp = http.newBuilder().readTimeout(settings.pollTimeoutSeconds() + 25L, TimeUnit.SECONDS)
                .callTimeout(settings.callDeadline().plusSeconds(settings.pollTimeoutSeconds())).build();
        ObjectMapper json = new ObjectMapper();
        StartupCalls.warmUpJson(json);
        BotApi client = new BotApi(http, json, config);
        StartupCalls telegram = new StartupCalls(client, config);
        UpdateJournal journal = new UpdateJournal(settings.stateDir());
        if (journal.problem().isPresent()) {
            release(http, journal, new Health(settings.pollingStaleAfter()), List.of());
            throw new StartException(journal.problem().get(), 1);
        }
        Health health = new Health(settings.pollingStaleAfter());
        ExecutorService io = null;
        ExecutorService workers = null;
        ScheduledExecutorService timer = null;
        try {
            BotIdentity me = telegram.identify();
            workers = new ThreadPoolExecutor(WORKERS, WORKERS, 30, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), new DaemonThreads("telegram-update"));
            io = new ThreadPoolExecutor(SENDERS, SENDERS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), new DaemonThreads("telegram-send"));
            timer = Executors.newScheduledThreadPool(1, new DaemonThreads("telegram-timer"));
            AnswerEngine engine = answers.join();
            SentReplies sentReplies = new SentReplies();
            AtomicReference<Outbox> sending = new AtomicReference<>();
            // The metrics are read on the health server only: without it the Prometheus client is not even loaded.
            BotMetrics metrics = settings.healthPort().isEmpty() ? BotMetrics.NONE : BotMetrics.prometheus(version,
                    engine.base().fingerprint(), engine.base().facts().size(), () -> sending.get() == null ? 0 : sending.get().queued());
            // In memory only: a restart forgets every conversation, so no follow-up is read with a stale one.
            Conversations conversations = new Conversations(settings.contextTtl(), settings.contextMax(), clock);
            Outbox outbox = new Outbox(client, config, settings, io, timer, metrics, (method, result) -> {
                sentReplies.sent(method, result);
                conversations.sent(method, result);
            });
            sending.set(outbox);
            UpdateDispatcher dispatcher = new UpdateDispatcher(new UpdateHandler(engine, me, sentReplies, conversations), outbox, workers, config,
                    journal, new InboundThrottle(settings), settings.unansweredLog().map(UnansweredLog::new), settings, metrics,
                    new RejectedUpdates(settings.stateDir()));
            health.check(() -> journal.writable() ? Optional.empty() : Optional.of("the update journal cannot be written"));
            health.check(() -> dispatcher.stuck(settings.pollingStaleAfter()));
            if (settings.healthPort().isPresent()) {
                health.serve(settings.healthListen(), settings.healthPort().get(), settings.readDeadline(), metrics);
            }
            // What was taken on before a crash or a stop goes out first.
            dispatcher.replay();
            Poller poller = null;
            Thread pollThread = null;
            WebhookServer webhook = null;
            if (webhookConfig.isPresent()) {
                health.receivingByWebhook();
                webhook = new WebhookServer(webhookConfig.get(), dispatcher, health, settings.readDeadline());
                telegram.setWebhook(webhookConfig.get());
                health.succeeded();
            } else {
                telegram.deleteWebhook();
                poller = new Poller(new BotApi(pollHttp, json, config), dispatcher,
                        journal, health, settings, config, ALLOWED_UPDATES);
                pollThread = new DaemonThreads("telegram-polling").newThread(poller);
                // Liveness counts from here: building the engine is not a failure to poll.
                health.succeeded();
                pollThread.start();
            }
            // The command menu and the descriptions are a convenience: set once the bot runs, off the path to the first answer.
            io.execute(() -> {
                telegram.registerCommands();
                telegram.describe(engine.base());
            });
            LOG.info("bot @{} {} started: {} via {}://{}:{}", me.username(), version, webhook == null ? "long polling" : "webhook",
                    config.apiUrl().getSchema(), config.apiUrl().getHost(), config.apiUrl().getPort());
            return new TelegramBot(config, http, dispatcher, outbox, journal, health, me, poller, pollThread, webhook,
                    executors(io, timer));
        } catch (TelegramApiException e) {
            release(http, journal, health, executors(workers, io, timer));
            throw new StartException("could not set the webhook: " + config.redact(Outbox.rootMessage(e)), 1);
        } catch (IOException e) {
            release(http, journal, health, executors(workers, io, timer));
            throw new StartException("cannot listen: " + e.getMessage(), 1);
        } catch (CompletionException e) {
            release(http, journal, health, executors(workers, io, timer));
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } catch (StartException | RuntimeException e) {
            release(http, journal, health, executors(workers, io, timer));
            throw e;
        }
    }

    private static Dispatcher dispatcher(int perHost) {
        Dispatcher d = new Dispatcher();
        d.setMaxRequests(perHost);
        d.setMaxRequestsPerHost(perHost);
        return d;
    }

    /**
     * Stops receiving, lets the replies in flight finish and releases every thread, all within one deadline of
     * {@link #DRAIN_SECONDS}. Replies still waiting then stay in the journal and go out after the next start.
     */
    public void stop() {
        synchronized (this) {
            if (stopping) {
                return;
            }
            stopping = true;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(DRAIN_SECONDS);
        if (poller != null) {
            poller.stop();
            pollThread.interrupt();
        }
        if (webhook != null) {
            webhook.close();
        }
        boolean drained = false;
        try {
            if (pollThread != null) {
                pollThread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            }
            drained = dispatcher.drain(deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int left = journal.pendingCount();
        // Those waiting only for their replies did not fail; one whose handler is still running might have.
        java.util.Set<Integer> waitingOnly = new java.util.HashSet<>(journal.pendingIds());
        waitingOnly.removeAll(dispatcher.busy());
        journal.kept(waitingOnly);
        if (!drained || left > 0) {
            LOG.warn("{} update(s) still waiting for their replies after {} s: kept in the journal, sent after the next start",
                    left, DRAIN_SECONDS);
        }
        LOG.info("stopped: {} update(s) handled ({} with a handler error, {} dropped), {} call(s) sent, {} retried, {} failed",
                dispatcher.handled(), dispatcher.errors(), dispatcher.dropped(), outbox.sent(), outbox.retried(), outbox.failed());
        release(http, journal, health, executors);
        stopped.countDown();
    }

    private static List<ExecutorService> executors(ExecutorService... all) {
        List<ExecutorService> list = new ArrayList<>();
        for (ExecutorService e : all) {
            if (e != null) {
                list.add(e);
            }
        }
        return list;
    }

    private static void release(OkHttpClient http, UpdateJournal journal, Health health, List<ExecutorService> executors) {
        executors.forEach(ExecutorService::shutdownNow);
        health.close();
        journal.close();
        // OkHttp's dispatcher threads are not daemons and linger a minute unless shut down; a long poll
        // still waiting is cancelled rather than waited for.
        http.dispatcher().cancelAll();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    public void awaitStopped() throws InterruptedException {
        stopped.await();
    }

    public String username() {
        return identity.username();
    }

    int healthPort() {
        return health.port();
    }

    /** Updates taken on whose replies are not out yet. */
    int waiting() {
        return journal.pendingCount();
    }

    /** Updates whose handler threw. */
    long errors() {
        return dispatcher.errors();
    }

    /** Group questions not answered because their group's queue was full. */
    long dropped() {
        return dispatcher.dropped();
    }

    int webhookPort() {
        return webhook == null ? -1 : webhook.port();
    }
}
