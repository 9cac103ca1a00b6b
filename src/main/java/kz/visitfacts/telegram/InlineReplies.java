package kz.visitfacts.telegram;

import java.util.ArrayList;
import java.util.List;
import kz.visitfacts.answer.AnswerEngine;
import kz.visitfacts.answer.AnswerItem;
import kz.visitfacts.answer.Messages;
import kz.visitfacts.facts.Fact;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.objects.inlinequery.InlineQuery;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResult;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultsButton;

/** Inline mode ({@code @bot 贸易} in any chat): the matching facts, a page at a time, each sending its answer. */
final class InlineReplies {
    static final int INLINE_PAGE = 20;
    static final int INLINE_CACHE_SECONDS = 3600;

    private final AnswerEngine engine;

    InlineReplies(AnswerEngine engine) {
        this.engine = engine;
    }

    AnswerInlineQuery answer(InlineQuery q) {
        String query = q.getQuery() == null ? "" : q.getQuery();
        AnswerEngine.Browse browse = engine.browse(query, Replies.userLanguage(q.getFrom()), AnswerEngine.MAX_RESULTS);
        int offset = parseOffset(q.getOffset());
        List<AnswerItem> items = browse.items();
        List<InlineQueryResult> results = new ArrayList<>();
        for (AnswerItem item : items.subList(Math.min(offset, items.size()), Math.min(offset + INLINE_PAGE, items.size()))) {
            Fact f = item.fact();
            results.add(InlineQueryResultArticle.builder()
                    .id(f.id())
                    .title(clip(f.figure() + " — " + item.statement(), 120))
                    .description(clip(AnswerEngine.title(f.section(), browse.language()), 120))
                    .inputMessageContent(InputTextMessageContent.builder()
                            .messageText(HtmlReply.answer(f, browse.language(), engine.alsoReportedBy(f)))
                            .parseMode(ParseMode.HTML)
                            .linkPreviewOptions(Replies.NO_PREVIEW)
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

}
