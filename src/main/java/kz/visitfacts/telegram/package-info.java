/**
 * The Telegram bot: updates in, Bot API methods out, over TelegramBots 9 (its typed API objects, its HTTP
 * client and its long-polling loop). The only package that imports {@code org.telegram}.
 */
package kz.visitfacts.telegram;
