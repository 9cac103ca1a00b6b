package kz.visitfacts.telegram;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.visitfacts.answer.AnswerEngine;
import kz.visitfacts.answer.Messages;
import kz.visitfacts.facts.Fact;
import kz.visitfacts.facts.Language;
import kz.visitfacts.facts.Section;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;

/**
 * Buttons under answers and topic lists: a fact's answer, a section's facts, or New topic (the presser's conversation
 * forgotten, said on the button); a stale button says so.
 */
final class ButtonReplies {
    private final AnswerEngine engine;
    private final Conversations conversations;

    ButtonReplies(AnswerEngine engine, Conversations conversations) {
        this.engine = engine;
        this.conversations = conversations;
    }

    /** The flood notice on the button itself (the press is answered, so the client's spinner stops). */
    AnswerCallbackQuery slowDown(CallbackQuery cq) {
        return AnswerCallbackQuery.builder().callbackQueryId(cq.getId())
                .text(Messages.get("slow_down", Replies.userLanguage(cq.getFrom()).orElse(Language.EN))).build();
    }

    List<BotApiMethod<? extends Serializable>> answer(CallbackQuery cq) {
        Optional<CallbackData> data = CallbackData.decode(cq.getData());
        Language fallback = Replies.userLanguage(cq.getFrom()).orElse(Language.EN);
        List<BotApiMethod<? extends Serializable>> out = new ArrayList<>();
        Optional<Fact> fact = data.filter(d -> d.kind() == CallbackData.Kind.FACT).flatMap(d -> engine.base().fact(d.value()));
        List<Section> sections = Replies.sections(engine);
        Optional<Section> section = data.filter(d -> d.kind() == CallbackData.Kind.SECTION)
                .map(d -> Integer.parseInt(d.value())).filter(i -> i < sections.size()).map(sections::get);
        MaybeInaccessibleMessage message = cq.getMessage();
        if (data.isPresent() && data.get().kind() == CallbackData.Kind.NEW_TOPIC && message != null && message.getChatId() != null
                && cq.getFrom() != null) {
            // The presser's own conversation in the chat of the button, whoever asked the question it is under.
            conversations.clear(new Conversations.Who(message.getChatId(), cq.getFrom().getId()));
            out.add(AnswerCallbackQuery.builder().callbackQueryId(cq.getId())
                    .text(Messages.get("context_cleared", data.get().language())).build());
            return out;
        }
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
                out.add(Replies.factMessage(engine, message.getChatId(), null, null, fact.get(), lang, List.of()));
            } else {
                out.add(EditMessageText.builder()
                        .inlineMessageId(cq.getInlineMessageId())
                        .text(HtmlReply.answer(fact.get(), lang, engine.alsoReportedBy(fact.get())))
                        .parseMode(ParseMode.HTML)
                        .linkPreviewOptions(Replies.NO_PREVIEW)
                        .build());
            }
            return out;
        }
        Section s = section.get();
        List<Fact> inSection = engine.base().facts().stream().filter(f -> f.section().equals(s)).toList();
        out.add(EditMessageText.builder()
                .chatId(message.getChatId())
                .messageId(message.getMessageId())
                .text(HtmlReply.plain("topic_facts", lang) + "\n<b>" + HtmlReply.escape(AnswerEngine.title(s, lang)) + "</b>")
                .parseMode(ParseMode.HTML)
                .replyMarkup(Keyboards.facts(inSection, lang))
                .build());
        return out;
    }

}
