package kz.visitfacts.telegram;

import java.util.List;
import java.util.Optional;
import kz.visitfacts.answer.Answer;
import kz.visitfacts.answer.AnswerEngine;
import kz.visitfacts.answer.AnswerItem;
import kz.visitfacts.facts.Fact;
import kz.visitfacts.facts.Language;
import kz.visitfacts.facts.Section;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/** The messages every part of the bot sends: a fact's answer with its buttons, and a plain reply to a message. */
final class Replies {
    static final LinkPreviewOptions NO_PREVIEW = LinkPreviewOptions.builder().isDisabled(true).build();

    private Replies() {
    }

    static SendMessage factMessage(AnswerEngine engine, Long chatId, Integer thread, Integer replyTo, Fact fact, Language lang, List<Fact> others) {
        return factMessage(engine, chatId, thread, replyTo, fact, lang, others, List.of());
    }

    /** As above, with other sources' different figures for the same thing ({@code differing}) shown beside it. */
    static SendMessage factMessage(AnswerEngine engine, Long chatId, Integer thread, Integer replyTo, Fact fact, Language lang,
                                   List<Fact> others, List<Fact> differing) {
        return SendMessage.builder()
                .chatId(chatId)
                .messageThreadId(thread)
                .text(HtmlReply.answer(fact, lang, engine.alsoReportedBy(fact), differing))
                .parseMode(ParseMode.HTML)
                .linkPreviewOptions(NO_PREVIEW)
                .replyParameters(replyTo == null ? null : ReplyParameters.builder().messageId(replyTo).allowSendingWithoutReply(true).build())
                .replyMarkup(Keyboards.underAnswer(fact, others, engine.base(), lang, "≈ ", "→ "))
                .build();
    }

    /**
     * The answer to a question of a conversation, in reply to it: the fact, under the line naming what the question was
     * read as following up (when it was), with the New topic button last when follow-ups are on.
     */
    static SendMessage answerMessage(AnswerEngine engine, Message m, Answer a, boolean followUps) {
        Fact best = a.best().fact();
        List<Fact> others = a.results().stream().skip(1).map(AnswerItem::fact).toList();
        InlineKeyboardMarkup keyboard = Keyboards.underAnswer(best, others, engine.base(), a.language(), "≈ ", "→ ");
        return send(m, HtmlReply.answer(best, a.language(), engine.alsoReportedBy(best), engine.differingReports(a),
                HtmlReply.followedUp(a.followedUp(), a.language())), followUps ? Keyboards.withNewTopic(keyboard, a.language()) : keyboard);
    }

    static SendMessage send(Message m, String html, InlineKeyboardMarkup keyboard) {
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

    /** The same message as an edit of one already sent: text, format and buttons. */
    static EditMessageText edit(SendMessage s, int messageId) {
        return EditMessageText.builder()
                .chatId(s.getChatId())
                .messageId(messageId)
                .text(s.getText())
                .parseMode(s.getParseMode())
                .linkPreviewOptions(s.getLinkPreviewOptions())
                .replyMarkup(s.getReplyMarkup() instanceof InlineKeyboardMarkup k ? k : null)
                .build();
    }

    static Integer threadOf(Message m) {
        return Boolean.TRUE.equals(m.getIsTopicMessage()) ? m.getMessageThreadId() : null;
    }

    /** Every section of every source, in order: what /topics lists and a section button points at. */
    static List<Section> sections(AnswerEngine engine) {
        return engine.base().sources().stream().flatMap(src -> src.sections().stream()).toList();
    }

    static Optional<Language> userLanguage(User user) {
        return user == null ? Optional.empty() : Language.fromCode(user.getLanguageCode());
    }
}
