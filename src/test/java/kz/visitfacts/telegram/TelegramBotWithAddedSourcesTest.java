package kz.visitfacts.telegram;

import kz.visitfacts.TestFacts;
import kz.visitfacts.answer.AnswerEngine;

/**
 * Every behaviour of {@link TelegramBotTest} (private chats, groups, inline mode, buttons, commands, restarts) again,
 * with a curator's source of each language the bot speaks added to the fact base as data: Chinese, English, Russian
 * and Kazakh. Nothing the bot does may depend on there being one article.
 */
class TelegramBotWithAddedSourcesTest extends TelegramBotTest {
    private static final AnswerEngine ENGINE = new AnswerEngine(
            TestFacts.loadedWith("second-source", "second-source-en", "second-source-ru-kk"));

    @Override
    AnswerEngine engine() {
        return ENGINE;
    }
}
