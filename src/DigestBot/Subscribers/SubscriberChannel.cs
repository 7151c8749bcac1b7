using System.Globalization;
using DigestBot.Posts;
using DigestBot.Publishing;
using DigestBot.Storage;
using DigestBot.Telegram;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace DigestBot.Subscribers;

/// <summary>
/// One subscriber's private chat as a channel: at most one message a second to it, and all subscribers together
/// at most 25 a second. A group that became a supergroup is followed to its new id (and the subscription moved).
/// </summary>
public sealed class SubscriberChannel(Subscriber subscriber, ITelegramBotClient bot, Pacer pacer, ISubscriberStore store) : IChannel
{
    public const string AllSubscribers = "subscribers";
    public const int AllPerMinute = 25 * 60;

    private long _chatId = subscriber.ChatId;

    /// <summary>Keyed by the subscription, not the chat, so a group's move to a supergroup never makes a post look new.</summary>
    public string Name { get; } = "subscriber:" + subscriber.Id.ToString(CultureInfo.InvariantCulture);

    public IPostFormat Format { get; } = new TelegramFormat();

    public int MessagesPerMinute => 60;


    public async Task<SendResult> SendAsync(string text, string? previous, CancellationToken cancellationToken)
    {
        await pacer.WaitTurnAsync(AllSubscribers, AllPerMinute, cancellationToken);
        try
        {
            var message = await bot.SendMessage(_chatId, text, ParseMode.Html, linkPreviewOptions: new LinkPreviewOptions { IsDisabled = false }, cancellationToken: cancellationToken);
            return new SendResult.Sent(message.Id.ToString(CultureInfo.InvariantCulture));
        }
        catch (ApiRequestException error) when (error.Parameters?.MigrateToChatId is { } supergroup)
        {
            await store.MoveAsync(_chatId, supergroup, cancellationToken);
            _chatId = supergroup;
            return new SendResult.NotDelivered($"the group is now supergroup {supergroup}");
        }
        catch (RequestException error) when (!cancellationToken.IsCancellationRequested)
        {
            var result = TelegramErrors.Classify(error);
            if (result is SendResult.RateLimited limited)
            {
                pacer.Hold(AllSubscribers, limited.RetryAfter); // a 429 slows the whole fan-out, not only this chat
            }

            return result;
        }
    }
}
