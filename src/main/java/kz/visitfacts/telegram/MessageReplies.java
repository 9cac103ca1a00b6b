package kz.visitfacts.telegram;

import java.io.Serializable;
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
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * Messages and commands: in a private chat any text is a question; in a group only what is addressed to the
 * bot (a mention, a reply to it, {@code /ask@bot}); commands from {@link UpdateHandler#MENU}. A question is one message
 * of its asker's conversation ({@link Conversations}): it may follow up the one before, and /new starts afresh.
 */
final class MessageReplies {
    private static final java.util.Set<String> COMMANDS = java.util.Set.copyOf(UpdateHandler.MENU);

    private final AnswerEngine engine;
    private final BotIdentity me;
    private final SentReplies sent;
    private final Conversations conversations;

    MessageReplies(AnswerEngine engine, BotIdentity me, SentReplies sent, Conversations conversations) {
        this.engine = engine;
        this.me = me;
        this.sent = sent;
        this.conversations = conversations;
    }

    /**
     * An edited message: when the bot replied to it in the last 48 hours, that reply is edited in place to answer the
     * message as it reads now; otherwise it is left alone.
     */
    Reply edited(Message m) {
        if (m.getChat() == null || m.getMessageId() == null) {
            return Reply.ignored();
        }
        Optional<Integer> reply = sent.replyTo(m.getChatId(), m.getMessageId());
        if (reply.isEmpty()) {
            return Reply.ignored();
        }
        Reply fresh = message(m, reply);
        List<BotApiMethod<? extends Serializable>> calls = fresh.calls().stream()
                .<BotApiMethod<? extends Serializable>>map(c -> c instanceof SendMessage s ? Replies.edit(s, reply.get()) : c)
                .toList();
        return new Reply(calls, fresh.outcome(), fresh.unanswered(), fresh.language());
    }

    Reply message(Message m) {
        return message(m, Optional.empty());
    }

    /** A message, or when {@code editing} names the bot's reply to it, the message as edited. */
    private Reply message(Message m, Optional<Integer> editing) {
        if (!m.hasText() || m.getChat() == null || m.getText().isBlank() || m.getFrom() == null) {
            return Reply.ignored();
        }
        boolean privateChat = m.getChat().isUserChat();
        boolean group = m.getChat().isGroupChat() || m.getChat().isSuperGroupChat();
        if (!privateChat && !group) {
            return Reply.ignored();
        }
        Optional<Language> hint = Replies.userLanguage(m.getFrom());
        String text = m.getText();
        Optional<Command> command = Command.parse(text);
        if (command.isPresent()) {
            Command c = command.get();
            // In a group a command is the bot's only when it names the bot or replies to it: /start@bot, not /start.
            if (c.bot().isPresent() ? !me.isNamed(c.bot().get()) : group && !repliesToMe(m)) {
                return Reply.ignored();
            }
            if (!COMMANDS.contains(c.name())) {
                return privateChat ? command(m, List.of(Replies.send(m, HtmlReply.help(hint.orElse(Language.EN), me.username()), null)))
                        : Reply.ignored();
            }
            if (c.name().equals("ask") && !c.args().isBlank()) {
                return answer(m, c.args(), hint, editing);
            }
            return command(m, command(m, c, hint));
        }
        if (privateChat) {
            return answer(m, text, hint, editing);
        }
        Optional<String> addressed = addressedQuestion(m);
        if (addressed.isEmpty()) {
            return Reply.ignored();
        }
        return addressed.get().isBlank()
                ? command(m, List.of(Replies.send(m, HtmlReply.help(hint.orElse(Language.EN), me.username()), null)))
                : answer(m, addressed.get(), hint, editing);
    }

    /**
     * Which flood limit a message counts towards, decided as {@link #message} routes it but without answering:
     * a question (any text in private, what is addressed to the bot in a group, {@code /ask QUESTION}) or a
     * quick action (another command, a deep link); nothing for what {@link #message} ignores.
     */
    Optional<InboundThrottle.Asking> asking(Message m) {
        if (!m.hasText() || m.getChat() == null || m.getText().isBlank() || m.getFrom() == null) {
            return Optional.empty();
        }
        boolean privateChat = m.getChat().isUserChat();
        if (!privateChat && !m.getChat().isGroupChat() && !m.getChat().isSuperGroupChat()) {
            return Optional.empty();
        }
        long user = m.getFrom().getId();
        Optional<Command> command = Command.parse(m.getText());
        if (command.isPresent()) {
            Command c = command.get();
            if (c.bot().isPresent() ? !me.isNamed(c.bot().get()) : !privateChat && !repliesToMe(m)) {
                return Optional.empty();
            }
            boolean question = c.name().equals("ask") && !c.args().isBlank();
            return Optional.of(new InboundThrottle.Asking(user, question ? InboundThrottle.Kind.QUESTION : InboundThrottle.Kind.ACTION));
        }
        Optional<String> question = privateChat ? Optional.of(m.getText()) : addressedQuestion(m);
        return question.map(q -> new InboundThrottle.Asking(user, q.isBlank() ? InboundThrottle.Kind.ACTION : InboundThrottle.Kind.QUESTION));
    }

    private static Reply command(Message m, List<BotApiMethod<? extends Serializable>> calls) {
        return new Reply(calls, Reply.Outcome.COMMAND, Optional.empty());
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
        return repliesToMe(m) ? Optional.of(text.strip()) : Optional.empty();
    }

    private boolean repliesToMe(Message m) {
        Message replied = m.getReplyToMessage();
        return replied != null && replied.getFrom() != null && replied.getFrom().getId() != null && replied.getFrom().getId() == me.id();
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
                    yield List.of(Replies.factMessage(engine, m.getChatId(), Replies.threadOf(m), m.getMessageId(), deepLinked.get(), lang, List.of()));
                }
                if (c.args().equals("help")) {
                    yield List.of(Replies.send(m, HtmlReply.help(lang, me.username()), null));
                }
                yield List.of(Replies.send(m, HtmlReply.welcome(lang), Keyboards.facts(engine.featured().stream().limit(6).toList(), lang)));
            }
            case "help" -> List.of(Replies.send(m, HtmlReply.help(lang, me.username()), null));
            case "topics" -> List.of(Replies.send(m, HtmlReply.plain("topics", lang), Keyboards.sections(engine.base().sources(), lang)));
            case "about" -> List.of(Replies.send(m, HtmlReply.about(base, lang), null));
            case "new" -> {
                conversations.clear(asker(m));
                yield List.of(Replies.send(m, HtmlReply.plain("context_cleared", lang), null));
            }
            default -> List.of(Replies.send(m, HtmlReply.plain("ask_usage", lang), null));
        };
    }

    /**
     * The answer to a question, or an honest "not found" with buttons for what it can answer. A new message is a turn of
     * its asker's conversation; an edited one is read alone (whether it should follow what came before it or what came
     * after is not knowable) and its answer's context becomes what it now says.
     */
    private Reply answer(Message m, String question, Optional<Language> hint, Optional<Integer> editing) {
        Answer a;
        if (editing.isPresent()) {
            AnswerEngine.Turn turn = engine.ask(question, Optional.empty(), hint, 4, null);
            conversations.answered(m.getChatId(), editing.get(), turn.context());
            a = turn.answer();
        } else {
            Optional<Integer> repliedTo = repliesToMe(m) ? Optional.ofNullable(m.getReplyToMessage().getMessageId()) : Optional.empty();
            a = conversations.turn(asker(m), repliedTo, Optional.ofNullable(m.getMessageId()),
                    context -> engine.ask(question, Optional.empty(), hint, 4, context)).answer();
        }
        boolean followUps = conversations.enabled();
        if (a.answered()) {
            return new Reply(List.of(Replies.answerMessage(engine, m, a, followUps)),
                    Reply.Outcome.ANSWERED, Optional.empty(), Optional.of(a.language()));
        }
        if (a.related().isPresent()) {
            Fact related = a.related().get().fact();
            return new Reply(List.of(Replies.send(m, HtmlReply.premiseNotInSource(related, a.language(), a.followedUp()),
                    newTopic(Keyboards.facts(List.of(related), a.language()), a.language(), followUps))),
                    Reply.Outcome.NOT_FOUND, Optional.of(new Reply.Unanswered(a.language(), question)), Optional.of(a.language()));
        }
        boolean candidates = !a.suggestions().isEmpty() && !engine.featured().containsAll(a.suggestions());
        return new Reply(List.of(Replies.send(m, HtmlReply.notFound(a.language(), candidates, a.followedUp()),
                newTopic(Keyboards.facts(a.suggestions(), a.language()), a.language(), followUps))),
                Reply.Outcome.NOT_FOUND, Optional.of(new Reply.Unanswered(a.language(), question)), Optional.of(a.language()));
    }

    private static InlineKeyboardMarkup newTopic(InlineKeyboardMarkup keyboard, Language lang, boolean followUps) {
        return followUps ? Keyboards.withNewTopic(keyboard, lang) : keyboard;
    }

    /** Whose conversation a message is: its sender's in its chat, so people in one group each have their own. */
    static Conversations.Who asker(Message m) {
        return new Conversations.Who(m.getChatId(), m.getFrom().getId());
    }

    /** The polite notice for a user who sends questions faster than the flood limit allows. */
    SendMessage slowDown(Message m) {
        return Replies.send(m, HtmlReply.plain("slow_down", Replies.userLanguage(m.getFrom()).orElse(Language.EN)), null);
    }
}
