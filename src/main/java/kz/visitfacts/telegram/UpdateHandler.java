package kz.visitfacts.telegram;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import kz.visitfacts.answer.AnswerEngine;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The bot itself: one update in, the Bot API methods that answer it out, from {@link MessageReplies},
 * {@link InlineReplies} or {@link ButtonReplies}. Whatever else arrives is ignored. No I/O here: the caller
 * sends what comes back. An edited message edits the bot's reply to it.
 */
final class UpdateHandler {
    /** The commands the bot knows, in the order of its menu: defined once, for the handler and the menu alike. */
    static final List<String> MENU = List.of("start", "help", "topics", "about", "ask", "new");
    static final int INLINE_PAGE = InlineReplies.INLINE_PAGE;
    static final int INLINE_CACHE_SECONDS = InlineReplies.INLINE_CACHE_SECONDS;

    private final MessageReplies messages;
    private final InlineReplies inline;
    private final ButtonReplies buttons;

    UpdateHandler(AnswerEngine engine, BotIdentity me) {
        this(engine, me, new SentReplies(), new Conversations(BotSettings.defaults().contextTtl(), BotSettings.defaults().contextMax(),
                System::nanoTime));
    }

    /**
     * With the bot's replies so far ({@code sent}), so an edited question edits its reply, and what each conversation
     * was just asked ({@code conversations}), so a question may follow up the one before.
     */
    UpdateHandler(AnswerEngine engine, BotIdentity me, SentReplies sent, Conversations conversations) {
        this.messages = new MessageReplies(engine, me, sent, conversations);
        this.inline = new InlineReplies(engine);
        this.buttons = new ButtonReplies(engine, conversations);
    }

    Reply handle(Update update) {
        if (update.hasMessage()) {
            return messages.message(update.getMessage());
        }
        if (update.hasEditedMessage()) {
            return messages.edited(update.getEditedMessage());
        }
        if (update.hasInlineQuery()) {
            return new Reply(List.of(inline.answer(update.getInlineQuery())), Reply.Outcome.INLINE, Optional.empty());
        }
        if (update.hasCallbackQuery()) {
            return new Reply(buttons.answer(update.getCallbackQuery()), Reply.Outcome.BUTTON, Optional.empty());
        }
        return Reply.ignored();
    }

    /**
     * Who sent the update and which flood limit it counts towards, found without answering it; empty for what
     * the bot ignores anyway (a group message not addressed to it, a sticker).
     */
    Optional<InboundThrottle.Asking> asking(Update update) {
        if (update.hasMessage()) {
            return messages.asking(update.getMessage());
        }
        if (update.hasEditedMessage()) {
            // An edit is answered again: it counts as what it now says.
            return messages.asking(update.getEditedMessage());
        }
        if (update.hasInlineQuery() && update.getInlineQuery().getFrom() != null) {
            return Optional.of(new InboundThrottle.Asking(update.getInlineQuery().getFrom().getId(), InboundThrottle.Kind.ACTION));
        }
        if (update.hasCallbackQuery() && update.getCallbackQuery().getFrom() != null) {
            return Optional.of(new InboundThrottle.Asking(update.getCallbackQuery().getFrom().getId(), InboundThrottle.Kind.ACTION));
        }
        return Optional.empty();
    }

    /**
     * The polite notice for a user who sends updates faster than the flood limit allows: a message, or for a
     * button press the notice on the button; nothing for an inline query.
     */
    List<BotApiMethod<? extends Serializable>> slowDown(Update update) {
        if (update.hasMessage()) {
            return List.of(messages.slowDown(update.getMessage()));
        }
        if (update.hasCallbackQuery()) {
            return List.of(buttons.slowDown(update.getCallbackQuery()));
        }
        return List.of();
    }
}
