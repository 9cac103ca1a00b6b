package kz.visitfacts.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import kz.visitfacts.answer.AnswerEngine;
import kz.visitfacts.telegram.BotConfig;
import kz.visitfacts.telegram.BotSettings;
import kz.visitfacts.telegram.TelegramBot;
import kz.visitfacts.telegram.WebhookConfig;

/**
 * The {@code run} command: checks every setting before any call to Telegram (each problem one line, exit
 * code 2), starts the bot (long polling, or a webhook with {@code --webhook} or TELEGRAM_WEBHOOK_URL), stops
 * it on SIGTERM or SIGINT, and returns the exit code: 2 for settings or a rejected token, 1 for other
 * failures to start, 0 after a stop.
 */
final class RunCommand {
    private RunCommand() {
    }

    static int run(Map<String, String> env, boolean webhookAsked, CompletableFuture<AnswerEngine> engine, PrintStream err) {
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
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println("visit-facts-bot: " + p));
            return 2;
        }
        TelegramBot bot;
        try {
            bot = TelegramBot.start(config, settings, webhook, engine);
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
