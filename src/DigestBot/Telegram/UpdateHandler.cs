using DigestBot.Commands;
using DigestBot.Operations;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace DigestBot.Telegram;

/// <summary>
/// One update, from long polling or the webhook: a text message becomes a command, its answer a reply; a button
/// press goes to <see cref="CallbackHandler"/>, an inline query to <see cref="InlineQueryHandler"/>.
/// </summary>
public sealed class UpdateHandler(
    CommandRouter router, ReplySender replies, BotIdentity identity, CallbackHandler callbacks, InlineQueryHandler inline, BotMetrics metrics, TimeProvider time)
{
    public async Task HandleAsync(Update update, CancellationToken cancellationToken)
    {
        if (update.CallbackQuery is { } query)
        {
            await callbacks.HandleAsync(query, cancellationToken);
            return;
        }

        if (update.InlineQuery is { } inlineQuery)
        {
            await inline.HandleAsync(inlineQuery, cancellationToken);
            return;
        }

        if (update.Message is not { Text: { } text, From: { } from } message)
        {
            return;
        }

        var started = time.GetTimestamp();
        var isPrivate = message.Chat.Type == ChatType.Private;
        var request = new CommandRequest(message.Chat.Id, from.Id, isPrivate, text, from.LanguageCode);
        var reply = await router.AnswerAsync(request, await identity.UsernameAsync(cancellationToken), cancellationToken);
        if (reply.Messages.Count > 0)
        {
            await replies.SendAsync(message.Chat.Id, isPrivate ? null : message.Id, reply, cancellationToken);
            metrics.Answered(time.GetElapsedTime(started)); // from the message to the answer handed to Telegram
        }
    }

    /// <summary>A batch, chats side by side, each chat's messages in order.</summary>
    public Task HandleAsync(IReadOnlyList<Update> updates, CancellationToken cancellationToken) =>
        Task.WhenAll(updates.GroupBy(u => u.Message?.Chat.Id ?? u.CallbackQuery?.Message?.Chat.Id ?? u.InlineQuery?.From.Id ?? 0).Select(async chat =>
        {
            foreach (var update in chat)
            {
                await HandleAsync(update, cancellationToken);
            }
        }));
}
