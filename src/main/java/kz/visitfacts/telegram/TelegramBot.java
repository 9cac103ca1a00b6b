package kz.visitfacts.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import kz.visitfacts.answer.AnswerEngine;
import kz.visitfacts.answer.Messages;
import kz.visitfacts.facts.Language;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * The front door of the Telegram side: checks the token with getMe, registers the commands, long-polls for
 * updates and answers them until stopped. Every thread it starts is a daemon or is shut down by {@link #stop()}.
 */
public final class TelegramBot {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramBot.class);
    /** How long replies in flight may take to finish when the bot stops. */
    static final int DRAIN_SECONDS = 5;
    private static final int WORKERS = 8;
    /** The updates the bot handles; Telegram holds the rest back. */
    private static final List<String> ALLOWED_UPDATES = List.of("message", "inline_query", "callback_query");

    private final BotConfig config;
    private final OkHttpClient http;
    private final ScheduledExecutorService pollingExecutor;
    private final TelegramBotsLongPollingApplication polling;
    private final UpdateDispatcher dispatcher;
    private final Outbox outbox;
    private final BotIdentity identity;
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

    private TelegramBot(BotConfig config, OkHttpClient http, ScheduledExecutorService pollingExecutor,
                        TelegramBotsLongPollingApplication polling, UpdateDispatcher dispatcher, Outbox outbox,
                        BotIdentity identity) {
        this.config = config;
        this.http = http;
        this.pollingExecutor = pollingExecutor;
        this.polling = polling;
        this.dispatcher = dispatcher;
        this.outbox = outbox;
        this.identity = identity;
    }

    /** Checks the token, registers the commands and starts polling; returns at once. */
    public static TelegramBot start(BotConfig config, Supplier<AnswerEngine> engine) throws StartException {
        // Build the answer engine while the token is checked: both take a while, and there are two cores.
        CompletableFuture<AnswerEngine> answers = CompletableFuture.supplyAsync(engine, runnable -> {
            Thread t = new DaemonThreads("answer-engine").newThread(runnable);
            t.start();
        });
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(10, TimeUnit.SECONDS)
                .writeTimeout(15, TimeUnit.SECONDS)
                // getUpdates waits up to 50 s on Telegram's side.
                .readTimeout(75, TimeUnit.SECONDS)
                .build();
        OkHttpTelegramClient client = new OkHttpTelegramClient(http, config.token(), config.apiUrl());
        ScheduledExecutorService pollingExecutor = Executors.newSingleThreadScheduledExecutor(new DaemonThreads("telegram-polling"));
        try {
            BotIdentity me = identify(client, config);
            ExecutorService workers = new ThreadPoolExecutor(WORKERS, WORKERS, 30, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), new DaemonThreads("telegram-update"));
            Outbox outbox = new Outbox(client, config);
            UpdateDispatcher dispatcher = new UpdateDispatcher(new UpdateHandler(answers.join(), me), outbox, workers, config);
            TelegramBotsLongPollingApplication polling = new TelegramBotsLongPollingApplication(
                    TelegramBot::lenientJson, () -> http, () -> pollingExecutor);
            polling.registerBot(config.token(), config::apiUrl, new DefaultGetUpdatesGenerator(ALLOWED_UPDATES), dispatcher);
            // The command menu is a convenience: set it once polling runs, off the path to the first answer.
            workers.execute(() -> registerCommands(client, config));
            LOG.info("bot @{} started: polling {}://{}:{}", me.username(), config.apiUrl().getSchema(),
                    config.apiUrl().getHost(), config.apiUrl().getPort());
            return new TelegramBot(config, http, pollingExecutor, polling, dispatcher, outbox, me);
        } catch (TelegramApiException e) {
            shutdownHttp(http, pollingExecutor);
            throw new StartException("could not start polling: " + config.redact(Outbox.rootMessage(e)), 1);
        } catch (CompletionException e) {
            shutdownHttp(http, pollingExecutor);
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } catch (StartException | RuntimeException e) {
            shutdownHttp(http, pollingExecutor);
            throw e;
        }
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

    /** The command menu in English (the default) and in each other language the bot speaks. */
    private static void registerCommands(OkHttpTelegramClient client, BotConfig config) {
        for (Language lang : List.of(Language.EN, Language.ZH, Language.RU, Language.KK)) {
            List<BotCommand> commands = new ArrayList<>();
            for (String c : List.of("start", "help", "topics", "about", "ask")) {
                commands.add(new BotCommand(c, Messages.get("cmd_" + c, lang)));
            }
            SetMyCommands set = SetMyCommands.builder()
                    .commands(commands)
                    .scope(new BotCommandScopeDefault())
                    .languageCode(lang == Language.EN ? null : lang.code())
                    .build();
            try {
                client.execute(set);
            } catch (TelegramApiException e) {
                // The menu is a convenience: the bot works without it.
                LOG.warn("setMyCommands ({}) failed: {}", lang.code(), config.redact(Outbox.rootMessage(e)));
            }
        }
    }

    /** Strict with our own data, lenient with Telegram's: a field the Bot API adds tomorrow must not break polling. */
    private static ObjectMapper lenientJson() {
        return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /** Stops polling, lets the replies in flight finish (a few seconds at most) and releases every thread. */
    public void stop() {
        synchronized (this) {
            if (stopping) {
                return;
            }
            stopping = true;
        }
        LOG.info("stopping: {} update(s) handled, {} reply call(s) sent, {} failed", dispatcher.handled(), outbox.sent(), outbox.failed());
        try {
            polling.close();
        } catch (Exception e) {
            LOG.warn("closing the polling loop: {}", config.redact(Outbox.rootMessage(e)));
        }
        try {
            if (!dispatcher.drain(DRAIN_SECONDS)) {
                LOG.warn("replies still in flight after {} s were dropped", DRAIN_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        shutdownHttp(http, pollingExecutor);
        stopped.countDown();
        LOG.info("stopped");
    }

    private static void shutdownHttp(OkHttpClient http, ScheduledExecutorService pollingExecutor) {
        pollingExecutor.shutdownNow();
        // OkHttp's dispatcher threads are not daemons and linger a minute unless shut down.
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    public void awaitStopped() throws InterruptedException {
        stopped.await();
    }

    public String username() {
        return identity.username();
    }

    /**
     * The {@code run} command: starts the bot, stops it on SIGTERM or SIGINT, and returns the exit code.
     * Configuration errors and a rejected token end with one line on {@code err} and exit code 2.
     */
    public static int run(Map<String, String> env, Supplier<AnswerEngine> engine, PrintStream err) {
        BotConfig config;
        try {
            config = BotConfig.fromEnv(env);
        } catch (BotConfig.InvalidConfigException e) {
            err.println("visit-facts-bot: " + e.getMessage());
            return 2;
        }
        TelegramBot bot;
        try {
            bot = start(config, engine);
        } catch (StartException e) {
            err.println("visit-facts-bot: " + e.getMessage());
            return e.exitCode();
        }
        Thread hook = new Thread(bot::stop, "shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            bot.awaitStopped();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            bot.stop();
        }
        return 0;
    }
}
