package kz.visitfacts.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import kz.visitfacts.answer.AnswerEngine;
import kz.visitfacts.telegram.BotConfig;
import kz.visitfacts.telegram.BotSettings;
import kz.visitfacts.telegram.TelegramBot;
import kz.visitfacts.telegram.WebhookConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code run} command: checks every setting before any call to Telegram (each problem one line, exit
 * code 2), starts the bot (long polling, or a webhook with {@code --webhook} or TELEGRAM_WEBHOOK_URL), stops
 * it on SIGTERM or SIGINT, and returns the exit code: 2 for settings or a rejected token, 1 for other
 * failures to start, 0 after a stop.
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Starts the Telegram bot: long polling, or a webhook (--webhook or TELEGRAM_WEBHOOK_URL).",
            "Settings come from TELEGRAM_* and BOT_* environment variables (see the README or deploy/.env.example);",
            "a bad one ends with one line each and exit code 2. SIGTERM or Ctrl-C stops it after the replies in flight."})
final class RunCommand implements Callable<Integer> {
    private final Map<String, String> env;
    private final Supplier<CompletableFuture<AnswerEngine>> engine;
    private final PrintStream err;

    @Option(names = "--webhook", description = "Receive updates by webhook (needs TELEGRAM_WEBHOOK_URL and TELEGRAM_WEBHOOK_SECRET).")
    private boolean webhookAsked;

    RunCommand(Map<String, String> env, Supplier<CompletableFuture<AnswerEngine>> engine, PrintStream err) {
        this.env = env;
        this.engine = engine;
        this.err = err;
    }

    @Override
    public Integer call() {
        // The engine is on its way already (see Cli): the settings are checked and the token too meanwhile.
        return run(engine.get());
    }

    private int run(CompletableFuture<AnswerEngine> engine) {
        List<String> problems = new ArrayList<>();
        BotConfig config = null;
        BotSettings settings = null;
        Optional<WebhookConfig> webhook = Optional.empty();
        try {
            config = BotConfig.fromEnv(env);
        } catch (BotConfig.InvalidConfigException e) {
            problems.add(e.getMessage());
        }
        try {
            settings = BotSettings.fromEnv(env);
        } catch (BotConfig.InvalidConfigException e) {
            problems.addAll(e.getMessage().lines().toList());
        }
        if (config != null) {
            try {
                webhook = WebhookConfig.fromEnv(env, webhookAsked, config);
            } catch (BotConfig.InvalidConfigException e) {
                problems.add(e.getMessage());
            }
        }
        if (LogSetup.Format.of(env.get(LogSetup.FORMAT_ENV)).isEmpty()) {
            problems.add(LogSetup.FORMAT_ENV + " must be text or json, not \"" + env.get(LogSetup.FORMAT_ENV) + "\"");
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println("visit-facts-bot: " + p));
            return 2;
        }
        // Logging starts here, not when the class loads: the other commands never set it up.
        Logger log = LoggerFactory.getLogger(RunCommand.class);
        log.info("{} {} on Java {}", Cli.NAME, Version.current(), Runtime.version());
        TelegramBot bot;
        try {
            bot = TelegramBot.start(config, settings, webhook, engine, Version.current());
        } catch (TelegramBot.StartException e) {
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
