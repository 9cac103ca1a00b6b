package kz.visitfacts.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import kz.visitfacts.answer.Messages;
import kz.visitfacts.facts.FactBase;
import kz.visitfacts.facts.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.description.SetMyDescription;
import org.telegram.telegrambots.meta.api.methods.description.SetMyShortDescription;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** The calls to Telegram the bot makes once, at start: who am I, how updates arrive, the command menu, the descriptions. */
final class StartupCalls {
    private static final Logger LOG = LoggerFactory.getLogger(StartupCalls.class);

    /** The languages of the menu and the descriptions; English is also the default for every other. */
    static final List<Language> MENU_LANGUAGES = List.of(Language.EN, Language.ZH, Language.RU, Language.KK);
    static final int DESCRIPTION_MAX = 512;
    static final int SHORT_DESCRIPTION_MAX = 120;

    private final BotApi client;
    private final BotConfig config;

    StartupCalls(BotApi client, BotConfig config) {
        this.client = client;
        this.config = config;
    }

    /** getMe: checks the token; a rejected token is exit code 2, an unreachable API 1. */
    BotIdentity identify() throws TelegramBot.StartException {
        try {
            User me = client.execute(new GetMe());
            if (me == null || me.getUserName() == null) {
                throw new TelegramBot.StartException("getMe did not return the bot's username", 1);
            }
            return new BotIdentity(me.getId(), me.getUserName());
        } catch (TelegramApiRequestException e) {
            Integer code = e.getErrorCode();
            if (code != null && (code == 401 || code == 404)) {
                throw new TelegramBot.StartException("Telegram rejected the token (" + code + " from getMe): check TELEGRAM_BOT_TOKEN", 2);
            }
            throw new TelegramBot.StartException("getMe failed: Telegram answered " + code + " " + config.redact(e.getApiResponse()), 1);
        } catch (BotApi.BadAnswer e) {
            throw new TelegramBot.StartException("getMe failed: " + config.redact(e.getMessage()), 1);
        } catch (TelegramApiException e) {
            throw new TelegramBot.StartException("cannot reach the Bot API at " + config.apiUrl().getHost() + ":" + config.apiUrl().getPort()
                    + " (" + config.redact(Outbox.rootMessage(e)) + ")", 1);
        }
    }

    /** Long polling and a webhook exclude each other: a webhook left set would make every getUpdates fail with 409. */
    void deleteWebhook() {
        try {
            client.execute(new DeleteWebhook());
        } catch (TelegramApiException e) {
            LOG.warn("deleteWebhook failed: {}", config.redact(Outbox.rootMessage(e)));
        }
    }

    void setWebhook(WebhookConfig webhook) throws TelegramApiException {
        client.execute(SetWebhook.builder()
                .url(webhook.url())
                .secretToken(webhook.secret())
                .allowedUpdates(TelegramBot.ALLOWED_UPDATES)
                .build());
    }

    /** The command menu in English (the default) and in each other language the bot speaks. */
    void registerCommands() {
        for (Language lang : MENU_LANGUAGES) {
            List<BotCommand> commands = new ArrayList<>();
            for (String c : UpdateHandler.MENU) {
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

    /**
     * What an empty chat with the bot shows ("What can this bot do?") and its profile's short line, in each language
     * of the menu, made from the fact base: its sources' titles and dates.
     */
    void describe(FactBase base) {
        for (Language lang : MENU_LANGUAGES) {
            String code = lang == Language.EN ? null : lang.code();
            try {
                client.execute(SetMyDescription.builder().description(description(base, lang)).languageCode(code).build());
                client.execute(SetMyShortDescription.builder().shortDescription(shortDescription(base, lang)).languageCode(code).build());
            } catch (TelegramApiException e) {
                LOG.warn("setMyDescription ({}) failed: {}", lang.code(), config.redact(Outbox.rootMessage(e)));
            }
        }
    }

    /** Each source's title and date, then what the bot does; at most Telegram's 512 characters. */
    static String description(FactBase base, Language lang) {
        String sources = base.sources().stream().map(s -> s.title().in(lang) + " (" + s.date() + ")")
                .collect(java.util.stream.Collectors.joining("\n"));
        return clip(Messages.get("bot_description", lang).replace("{sources}", sources), DESCRIPTION_MAX);
    }

    /** What the bot gives and the first source's title; at most Telegram's 120 characters. */
    static String shortDescription(FactBase base, Language lang) {
        String title = base.sources().isEmpty() ? "" : base.sources().get(0).title().in(lang);
        return clip(Messages.get("bot_short_description", lang).replace("{title}", title), SHORT_DESCRIPTION_MAX);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /**
     * Jackson builds its (de)serializers for Telegram's large object graph on first use, a few hundred
     * milliseconds; doing that in the background while the engine is built takes it off the first answer.
     */
    static void warmUpJson(ObjectMapper json) {
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
}
