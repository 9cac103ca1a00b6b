package kz.visitfacts.telegram;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.visitfacts.answer.Answer;
import kz.visitfacts.answer.AnswerEngine;
import kz.visitfacts.answer.AnswerItem;
import kz.visitfacts.answer.Messages;
import kz.visitfacts.facts.Fact;
import kz.visitfacts.facts.FactBase;
import kz.visitfacts.facts.Language;
import kz.visitfacts.facts.Section;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.inlinequery.InlineQuery;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResult;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultsButton;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * The bot itself: one update in, the Bot API methods that answer it out. Private chats take any text as a
 * question; groups only what is addressed to the bot; inline queries list facts; buttons show facts and
 * sections. Whatever else arrives is ignored. No I/O here: the caller sends what comes back.
 */
final class UpdateHandler {
    static final int INLINE_PAGE = 20;
    static final int INLINE_CACHE_SECONDS = 3600;
    /** The commands the bot knows, in the order of its menu: defined once, for the handler and the menu alike. */
    static final List<String> MENU = List.of("start", "help", "topics", "about", "ask");
    private static final Set<String> COMMANDS = Set.copyOf(MENU);
    private static final LinkPreviewOptions NO_PREVIEW = LinkPreviewOptions.builder().isDisabled(true).build();

    private final AnswerEngine engine;
    private final BotIdentity me;

    UpdateHandler(AnswerEngine engine, BotIdentity me) {
        this.engine = engine;
        this.me = me;
    }

    Reply handle(Update update) {
        if (update.hasMessage()) {
            return message(update.getMessage());
        }
        if (update.hasInlineQuery()) {
            return new Reply(List.of(inline(update.getInlineQuery())), Reply.Outcome.INLINE, Optional.empty(), Optional.empty());
        }
        if (update.hasCallbackQuery()) {
            return new Reply(callback(update.getCallbackQuery()), Reply.Outcome.BUTTON, Optional.empty(), Optional.empty());
        }
        return Reply.ignored();
    }

    /** The polite notice for a user who sends questions faster than the flood limit allows. */
    SendMessage slowDown(Update update) {
        Message m = update.getMessage();
        return send(m, HtmlReply.plain("slow_down", userLanguage(m.getFrom()).orElse(Language.EN)), null);
    }

    // ---- messages ----

    private Reply message(Message m) {
        if (!m.hasText() || m.getChat() == null || m.getText().isBlank() || m.getFrom() == null) {
            return Reply.ignored();
        }
        boolean privateChat = m.getChat().isUserChat();
        boolean group = m.getChat().isGroupChat() || m.getChat().isSuperGroupChat();
        if (!privateChat && !group) {
            return Reply.ignored();
        }
        Optional<Language> hint = userLanguage(m.getFrom());
        String text = m.getText();
        Optional<Command> command = Command.parse(text);
        if (command.isPresent()) {
            Command c = command.get();
            if (c.bot().isPresent() && !me.isNamed(c.bot().get())) {
                return Reply.ignored();
            }
            if (!COMMANDS.contains(c.name())) {
                return privateChat ? command(m, List.of(send(m, HtmlReply.help(hint.orElse(Language.EN), me.username()), null)))
                        : Reply.ignored();
            }
            if (c.name().equals("ask") && !c.args().isBlank()) {
                return answer(m, c.args(), hint);
            }
            return command(m, command(m, c, hint));
        }
        if (privateChat) {
            return answer(m, text, hint);
        }
        Optional<String> addressed = addressedQuestion(m);
        if (addressed.isEmpty()) {
            return Reply.ignored();
        }
        return addressed.get().isBlank()
                ? command(m, List.of(send(m, HtmlReply.help(hint.orElse(Language.EN), me.username()), null)))
                : answer(m, addressed.get(), hint);
    }

    private static Reply command(Message m, List<BotApiMethod<? extends Serializable>> calls) {
        return new Reply(calls, Reply.Outcome.COMMAND, Optional.of(m.getFrom().getId()), Optional.empty());
    }

    /** In a group: the question when the message mentions the bot or replies to it; empty when it is not for the bot. */
    private Optional<String> addressedQuestion(Message m) {
        String text = m.getText();
        String mention = "@" + me.username();
        int at = indexOfIgnoreCase(text, mention);
        boolean mentionedByEntity = entities(m).stream()
                .anyMatch(e -> "mention".equals(e.getType()) && mention.equalsIgnoreCase(entityText(text, e)));
        if (at >= 0 || mentionedByEntity) {
            String rest = at >= 0 ? text.substring(0, at) + " " + text.substring(at + mention.length()) : text;
            return Optional.of(rest.strip());
        }
        Message replied = m.getReplyToMessage();
        if (replied != null && replied.getFrom() != null && replied.getFrom().getId() != null
                && replied.getFrom().getId() == me.id()) {
            return Optional.of(text.strip());
        }
        return Optional.empty();
    }

    /**
     * The message's entities; none when they are malformed (TelegramBots computes each entity's text on
     * access and throws for an offset outside the text).
     */
    private static List<MessageEntity> entities(Message m) {
        try {
            return m.getEntities() == null ? List.of() : m.getEntities();
        } catch (RuntimeException malformed) {
            return List.of();
        }
    }

    /** Where {@code needle} first stands in {@code text}, case aside; -1 when nowhere. (Lower-casing the whole text can change its length.) */
    static int indexOfIgnoreCase(String text, String needle) {
        for (int i = 0; i + needle.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    private static String entityText(String text, MessageEntity e) {
        if (e.getOffset() == null || e.getLength() == null || e.getOffset() < 0
                || e.getOffset() + e.getLength() > text.length()) {
            return "";
        }
        return text.substring(e.getOffset(), e.getOffset() + e.getLength());
    }

    private List<BotApiMethod<? extends Serializable>> command(Message m, Command c, Optional<Language> hint) {
        Language lang = hint.orElse(Language.EN);
        FactBase base = engine.base();
        return switch (c.name()) {
            case "start" -> {
                Optional<Fact> deepLinked = base.fact(c.args());
                if (deepLinked.isPresent()) {
                    yield List.of(factMessage(m.getChatId(), threadOf(m), m.getMessageId(), deepLinked.get(), lang, List.of()));
                }
                if (c.args().equals("help")) {
                    yield List.of(send(m, HtmlReply.help(lang, me.username()), null));
                }
                yield List.of(send(m, HtmlReply.welcome(lang), Keyboards.facts(engine.featured().stream().limit(6).toList(), lang)));
            }
            case "help" -> List.of(send(m, HtmlReply.help(lang, me.username()), null));
            case "topics" -> List.of(send(m, HtmlReply.plain("topics", lang), Keyboards.sections(sections(), lang)));
            case "about" -> List.of(send(m, HtmlReply.about(base, lang), null));
            default -> List.of(send(m, HtmlReply.plain("ask_usage", lang), null));
        };
    }

    /** The answer to a question, or an honest "not found" with buttons for what it can answer. */
    private Reply answer(Message m, String question, Optional<Language> hint) {
        Answer a = engine.ask(question, Optional.empty(), hint, 4);
        Optional<Long> asker = Optional.of(m.getFrom().getId());
        if (a.answered()) {
            List<Fact> others = a.results().stream().skip(1).map(AnswerItem::fact).toList();
            return new Reply(List.of(factMessage(m.getChatId(), threadOf(m), m.getMessageId(), a.best().fact(), a.language(), others)),
                    Reply.Outcome.ANSWERED, asker, Optional.empty());
        }
        boolean candidates = !a.suggestions().isEmpty() && !engine.featured().containsAll(a.suggestions());
        return new Reply(List.of(send(m, HtmlReply.notFound(a.language(), candidates), Keyboards.facts(a.suggestions(), a.language()))),
                Reply.Outcome.NOT_FOUND, asker, Optional.of(new Reply.Unanswered(a.language(), question)));
    }

    private SendMessage factMessage(Long chatId, Integer thread, Integer replyTo, Fact fact, Language lang, List<Fact> others) {
        return SendMessage.builder()
                .chatId(chatId)
                .messageThreadId(thread)
                .text(HtmlReply.answer(fact, lang))
                .parseMode(ParseMode.HTML)
                .linkPreviewOptions(NO_PREVIEW)
                .replyParameters(replyTo == null ? null : ReplyParameters.builder().messageId(replyTo).allowSendingWithoutReply(true).build())
                .replyMarkup(Keyboards.underAnswer(fact, others, engine.base(), lang, "≈ ", "→ "))
                .build();
    }

    private SendMessage send(Message m, String html, InlineKeyboardMarkup keyboard) {
        return SendMessage.builder()
                .chatId(m.getChatId())
                .messageThreadId(threadOf(m))
                .text(html)
                .parseMode(ParseMode.HTML)
                .linkPreviewOptions(NO_PREVIEW)
                .replyParameters(ReplyParameters.builder().messageId(m.getMessageId()).allowSendingWithoutReply(true).build())
                .replyMarkup(keyboard)
                .build();
    }

    private static Integer threadOf(Message m) {
        return Boolean.TRUE.equals(m.getIsTopicMessage()) ? m.getMessageThreadId() : null;
    }

    // ---- inline mode ----

    private AnswerInlineQuery inline(InlineQuery q) {
        String query = q.getQuery() == null ? "" : q.getQuery();
        AnswerEngine.Browse browse = engine.browse(query, userLanguage(q.getFrom()), AnswerEngine.MAX_RESULTS);
        int offset = parseOffset(q.getOffset());
        List<AnswerItem> items = browse.items();
        List<InlineQueryResult> results = new ArrayList<>();
        for (AnswerItem item : items.subList(Math.min(offset, items.size()), Math.min(offset + INLINE_PAGE, items.size()))) {
            Fact f = item.fact();
            results.add(InlineQueryResultArticle.builder()
                    .id(f.id())
                    .title(clip(f.figure() + " — " + item.statement(), 120))
                    .description(clip(f.section().titleIn(browse.language()), 120))
                    .inputMessageContent(InputTextMessageContent.builder()
                            .messageText(HtmlReply.answer(f, browse.language()))
                            .parseMode(ParseMode.HTML)
                            .linkPreviewOptions(NO_PREVIEW)
                            .build())
                    .build());
        }
        String next = offset + INLINE_PAGE < items.size() ? Integer.toString(offset + INLINE_PAGE) : "";
        String buttonKey = items.isEmpty() ? "inline_not_found" : "open_private_chat";
        return AnswerInlineQuery.builder()
                .inlineQueryId(q.getId())
                .results(results)
                .nextOffset(next)
                .cacheTime(INLINE_CACHE_SECONDS)
                // An empty query lists facts in the asker's own language, so its answer is theirs alone.
                .isPersonal(query.isBlank())
                .button(InlineQueryResultsButton.builder()
                        .text(Messages.get(buttonKey, browse.language()))
                        .startParameter("help")
                        .build())
                .build();
    }

    private static int parseOffset(String offset) {
        if (offset == null || !offset.matches("\\d{1,4}")) {
            return 0;
        }
        return Integer.parseInt(offset);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    // ---- buttons ----

    private List<BotApiMethod<? extends Serializable>> callback(CallbackQuery cq) {
        Optional<CallbackData> data = CallbackData.decode(cq.getData());
        Language fallback = userLanguage(cq.getFrom()).orElse(Language.EN);
        List<BotApiMethod<? extends Serializable>> out = new ArrayList<>();
        Optional<Fact> fact = data.filter(d -> d.kind() == CallbackData.Kind.FACT).flatMap(d -> engine.base().fact(d.value()));
        Optional<Section> section = data.filter(d -> d.kind() == CallbackData.Kind.SECTION)
                .map(d -> Integer.parseInt(d.value())).filter(i -> i < sections().size()).map(i -> sections().get(i));
        MaybeInaccessibleMessage message = cq.getMessage();
        boolean stale = fact.isEmpty() && section.isEmpty()
                || message == null && cq.getInlineMessageId() == null
                || section.isPresent() && message == null;
        // Always answer the callback, so the client's spinner stops.
        out.add(AnswerCallbackQuery.builder()
                .callbackQueryId(cq.getId())
                .text(stale ? Messages.get("stale_button", data.map(CallbackData::language).orElse(fallback)) : null)
                .build());
        if (stale) {
            return out;
        }
        Language lang = data.get().language();
        if (fact.isPresent()) {
            if (message != null) {
                out.add(factMessage(message.getChatId(), null, null, fact.get(), lang, List.of()));
            } else {
                out.add(EditMessageText.builder()
                        .inlineMessageId(cq.getInlineMessageId())
                        .text(HtmlReply.answer(fact.get(), lang))
                        .parseMode(ParseMode.HTML)
                        .linkPreviewOptions(NO_PREVIEW)
                        .build());
            }
            return out;
        }
        Section s = section.get();
        List<Fact> inSection = engine.base().facts().stream().filter(f -> f.section().equals(s)).toList();
        out.add(EditMessageText.builder()
                .chatId(message.getChatId())
                .messageId(message.getMessageId())
                .text(HtmlReply.plain("topic_facts", lang) + "\n<b>" + HtmlReply.escape(s.titleIn(lang)) + "</b>")
                .parseMode(ParseMode.HTML)
                .replyMarkup(Keyboards.facts(inSection, lang))
                .build());
        return out;
    }

    private List<Section> sections() {
        return engine.base().sources().stream().flatMap(src -> src.sections().stream()).toList();
    }

    static Optional<Language> userLanguage(User user) {
        return user == null ? Optional.empty() : Language.fromCode(user.getLanguageCode());
    }
}
