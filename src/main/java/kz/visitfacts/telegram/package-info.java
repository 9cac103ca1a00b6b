/**
 * The Telegram bot: updates in, Bot API methods out, over TelegramBots 9 (its typed API objects and its
 * HTTP client; the polling loop is the bot's own). The only package that imports {@code org.telegram}.
 * <ul>
 *   <li>{@link kz.visitfacts.telegram.TelegramBot} wires the parts together and stops them;
 *       {@link kz.visitfacts.telegram.StartupCalls} makes the calls to Telegram at start.</li>
 *   <li>Receiving: {@link kz.visitfacts.telegram.Poller} or {@link kz.visitfacts.telegram.WebhookServer}
 *       hand updates to {@link kz.visitfacts.telegram.UpdateDispatcher}, which journals them
 *       ({@link kz.visitfacts.telegram.UpdateJournal}) before Telegram is told they arrived.</li>
 *   <li>Answering: {@link kz.visitfacts.telegram.UpdateHandler} routes an update to
 *       {@link kz.visitfacts.telegram.MessageReplies}, {@link kz.visitfacts.telegram.InlineReplies} or
 *       {@link kz.visitfacts.telegram.ButtonReplies}; no I/O there.</li>
 *   <li>Sending: {@link kz.visitfacts.telegram.Outbox} with Telegram's limits
 *       ({@link kz.visitfacts.telegram.SendLimiter}), retries and back-off.</li>
 * </ul>
 */
package kz.visitfacts.telegram;
