package kz.visitfacts.telegram;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import kz.visitfacts.answer.AnswerEngine;
import kz.visitfacts.answer.Messages;
import kz.visitfacts.facts.Language;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

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
    /** Threads that make the HTTP calls; waiting for a rate limit holds none of them. */
    private static final int SENDERS = 16;
    /** The updates the bot handles; Telegram holds the rest back. */
    static final List<String> ALLOWED_UPDATES = List.of("message", "inline_query", "callback_query");

    private final BotConfig config;
    private final OkHttpClient http;
    private final UpdateDispatcher dispatcher;
    private final Outbox outbox;
    private final HandledUpdates handled;
    private final Health health;
    private final BotIdentity identity;
    private final Poller poller;
    private final Thread pollThread;
    private final WebhookServer webhook;
    /** Released on stop: the webhook's threads, the senders and the timer. */
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
                        HandledUpdates handled, Health health, BotIdentity identity, Poller poller, Thread pollThread,
                        WebhookServer webhook, List<ExecutorService> executors) {
        this.config = config;
        this.http = http;
        this.dispatcher = dispatcher;
        this.outbox = outbox;
        this.handled = handled;
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

    static TelegramBot start(BotConfig config, BotSettings settings, Optional<WebhookConfig> webhookConfig,
                             Supplier<AnswerEngine> engine) throws StartException {
        // Build the answer engine while the token is checked: both take a while, and there are two cores.
        CompletableFuture<AnswerEngine> answers = CompletableFuture.supplyAsync(engine, runnable ->
                new DaemonThreads("answer-engine").newThread(runnable).start());
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(10, TimeUnit.SECONDS)
                .writeTimeout(15, TimeUnit.SECONDS)
                .readTimeout(20, TimeUnit.SECONDS)
                .build();
        // getUpdates waits up to the poll timeout on Telegram's side; sending should not wait that long.
        OkHttpClient pollHttp = http.newBuilder().readTimeout(settings.pollTimeoutSeconds() + 25L, TimeUnit.SECONDS).build();
        ObjectMapper json = new ObjectMapper();
        warmUpJson(json);
        OkHttpTelegramClient client = new OkHttpTelegramClient(json, http, config.token(), config.apiUrl());
        HandledUpdates handled = new HandledUpdates(settings.stateDir());
        Health health = new Health(settings.pollingStaleAfter());
        ExecutorService webhookExecutor = null;
        ExecutorService io = null;
        ScheduledExecutorService timer = null;
        try {
            BotIdentity me = identify(client, config);
            ExecutorService workers = new ThreadPoolExecutor(WORKERS, WORKERS, 30, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), new DaemonThreads("telegram-update"));
            io = new ThreadPoolExecutor(SENDERS, SENDERS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), new DaemonThreads("telegram-send"));
            timer = Executors.newScheduledThreadPool(1, new DaemonThreads("telegram-timer"));
            Outbox outbox = new Outbox(client, config, settings, io, timer);
            UpdateDispatcher dispatcher = new UpdateDispatcher(new UpdateHandler(answers.join(), me), outbox, workers, config,
                    handled, new InboundThrottle(settings), settings.unansweredLog().map(UnansweredLog::new));
            if (settings.healthPort().isPresent()) {
                health.serve(settings.healthPort().get());
            }
            Poller poller = null;
            Thread pollThread = null;
            WebhookServer webhook = null;
            if (webhookConfig.isPresent()) {
                webhookExecutor = new ThreadPoolExecutor(WORKERS, WORKERS, 30, TimeUnit.SECONDS,
                        new LinkedBlockingQueue<>(), new DaemonThreads("telegram-webhook"));
                webhook = new WebhookServer(webhookConfig.get(), dispatcher, webhookExecutor);
                client.execute(SetWebhook.builder()
                        .url(webhookConfig.get().url())
                        .secretToken(webhookConfig.get().secret())
                        .allowedUpdates(ALLOWED_UPDATES)
                        .build());
                health.succeeded();
            } else {
                deleteWebhook(client, config);
                poller = new Poller(new OkHttpTelegramClient(json, pollHttp, config.token(), config.apiUrl()), dispatcher, workers,
                        handled, health, settings, config, ALLOWED_UPDATES);
                pollThread = new DaemonThreads("telegram-polling").newThread(poller);
                // Liveness counts from here: building the engine is not a failure to poll.
                health.succeeded();
                pollThread.start();
            }
            // The command menu is a convenience: set it once the bot runs, off the path to the first answer.
            workers.execute(() -> registerCommands(client, config));
            LOG.info("bot @{} started: {} via {}://{}:{}", me.username(), webhook == null ? "long polling" : "webhook",
                    config.apiUrl().getSchema(), config.apiUrl().getHost(), config.apiUrl().getPort());
            return new TelegramBot(config, http, dispatcher, outbox, handled, health, me, poller, pollThread, webhook,
                    executors(webhookExecutor, io, timer));
        } catch (TelegramApiException e) {
            release(http, handled, health, executors(webhookExecutor, io, timer));
            throw new StartException("could not set the webhook: " + config.redact(Outbox.rootMessage(e)), 1);
        } catch (IOException e) {
            release(http, handled, health, executors(webhookExecutor, io, timer));
            throw new StartException("cannot listen: " + e.getMessage(), 1);
        } catch (CompletionException e) {
            release(http, handled, health, executors(webhookExecutor, io, timer));
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } catch (StartException | RuntimeException e) {
            release(http, handled, health, executors(webhookExecutor, io, timer));
            throw e;
        }
    }

    /**
     * Jackson builds its (de)serializers for Telegram's large object graph on first use, a few hundred
     * milliseconds; doing that in the background while the engine is built takes it off the first answer.
     */
    private static void warmUpJson(ObjectMapper json) {
        new DaemonThreads("json-warm-up").newThread(() -> {
            try {
                new GetUpdates().deserializeResponse("{\"ok\":true,\"result\":[{\"update_id\":1,\"message\":{\"message_id\":1,"
                        + "\"date\":1,\"chat\":{\"id\":1,\"type\":\"private\"},\"from\":{\"id\":1,\"is_bot\":false,"
                        + "\"first_name\":\"a\"},\"text\":\"a\"}}]}");
                json.writeValueAsString(SendMessage.builder().chatId(1L).text("a").parseMode(ParseMode.HTML)
                        .replyParameters(ReplyParameters.builder().messageId(1).build())
                        .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build()).build());
            } catch (Exception e) {
                // Only a warm-up: real use reports any problem.
            }
        }).start();
    }

    private static BotIdentity identify(OkHttpTelegramClient client, BotConfig config) throws StartException {
        try {
            User me = client.execute(new GetMe());
            if (me == null || me.getUserName() == null) {
                throw new StartException("getMe did not return the bot's username", 1);
            }
            return new BotIdentity(me.getId(), me.getUserName());
        } catch (TelegramApiRequestException e) {
            Integer code = e.getErrorCode();
            if (code != null && (code == 401 || code == 404)) {
                throw new StartException("Telegram rejected the token (" + code + " from getMe): check TELEGRAM_BOT_TOKEN", 2);
            }
            throw new StartException("getMe failed: Telegram answered " + code + " " + config.redact(e.getApiResponse()), 1);
        } catch (TelegramApiException e) {
            throw new StartException("cannot reach the Bot API at " + config.apiUrl().getHost() + ":" + config.apiUrl().getPort()
                    + " (" + config.redact(Outbox.rootMessage(e)) + ")", 1);
        }
    }

    /** Long polling and a webhook exclude each other: a webhook left set would make every getUpdates fail with 409. */
    private static void deleteWebhook(OkHttpTelegramClient client, BotConfig config) {
        try {
            client.execute(new DeleteWebhook());
        } catch (TelegramApiException e) {
            LOG.warn("deleteWebhook failed: {}", config.redact(Outbox.rootMessage(e)));
        }
    }

    /** The command menu in English (the default) and in each other language the bot speaks. */
    private static void registerCommands(OkHttpTelegramClient client, BotConfig config) {
        for (Language lang : List.of(Language.EN, Language.ZH, Language.RU, Language.KK)) {
            List<BotCommand> commands = new ArrayList<>();
            for (String c : List.of("start", "help", "topics", "about", "ask")) {
                commands.add(new BotCommand(c, Messages.get("cmd_" + c, lang)));
            }
            try {
                client.execute(SetMyCommands.builder()
                        .commands(commands)
                        .scope(new BotCommandScopeDefault())
                        .languageCode(lang == Language.EN ? null : lang.code())
                        .build());
            } catch (TelegramApiException e) {
                LOG.warn("setMyCommands ({}) failed: {}", lang.code(), config.redact(Outbox.rootMessage(e)));
            }
        }
    }

    /** Stops receiving, lets the replies in flight finish (a few seconds at most) and releases every thread. */
    public void stop() {
        synchronized (this) {
            if (stopping) {
                return;
            }
            stopping = true;
        }
        if (poller != null) {
            poller.stop();
            pollThread.interrupt();
        }
        if (webhook != null) {
            webhook.close();
        }
        try {
            if (pollThread != null) {
                pollThread.join(TimeUnit.SECONDS.toMillis(DRAIN_SECONDS));
            }
            if (!dispatcher.drain(DRAIN_SECONDS)) {
                LOG.warn("replies still in flight after {} s were dropped", DRAIN_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("stopped: {} update(s) handled ({} with a handler error), {} call(s) sent, {} retried, {} failed",
                dispatcher.handled(), dispatcher.errors(), outbox.sent(), outbox.retried(), outbox.failed());
        release(http, handled, health, executors);
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

    private static void release(OkHttpClient http, HandledUpdates handled, Health health, List<ExecutorService> executors) {
        executors.forEach(ExecutorService::shutdownNow);
        health.close();
        handled.close();
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

    int webhookPort() {
        return webhook == null ? -1 : webhook.port();
    }

    /**
     * The {@code run} command: starts the bot (long polling, or a webhook with {@code --webhook} or
     * TELEGRAM_WEBHOOK_URL), stops it on SIGTERM or SIGINT, and returns the exit code. Configuration errors
     * and a rejected token end with one line on {@code err} and exit code 2.
     */
    public static int run(Map<String, String> env, boolean webhookAsked, Supplier<AnswerEngine> engine, PrintStream err) {
        BotConfig config;
        BotSettings settings;
        Optional<WebhookConfig> webhook;
        try {
            config = BotConfig.fromEnv(env);
            settings = BotSettings.fromEnv(env);
            webhook = WebhookConfig.fromEnv(env, webhookAsked, config);
        } catch (BotConfig.InvalidConfigException e) {
            err.println("visit-facts-bot: " + e.getMessage());
            return 2;
        }
        TelegramBot bot;
        try {
            bot = start(config, settings, webhook, engine);
        } catch (StartException e) {
            err.println("visit-facts-bot: " + e.getMessage());
            return e.exitCode();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(bot::stop, "shutdown"));
        try {
            bot.awaitStopped();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            bot.stop();
        }
        return 0;
    }
}
