using System.Globalization;
using DigestBot.Posts;
using DigestBot.Publishing;
using DigestBot.Telegram;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace DigestBot.Subscribers;

/// <summary>
/// One subscriber's chat as a channel: its messages go through the outbound queue last in line (after answers and
/// channel posts), link previews off (a message holds several links), with allow_paid_broadcast when
/// Telegram:PaidBroadcast is on. A group that became a supergroup is followed to its new id (and the subscription moved).
/// </summary>
public sealed class SubscriberChannel(Subscriber subscriber, ITelegramBotClient bot, TelegramOutbox outbox, ISubscriberStore store, bool paidBroadcast) : IChannel
{
    public const string NamePrefix = "subscriber:";

    private long _chatId = subscriber.ChatId;

    /// <summary>Keyed by the subscription, not the chat, so a group's move to a supergroup never makes a post look new.</summary>
    public string Name { get; } = NamePrefix + subscriber.Id.ToString(CultureInfo.InvariantCulture);

    public IPostFormat Format { get; } = new TelegramFormat();

    public async Task<SendResult> SendAsync(OutgoingPost post, CancellationToken cancellationToken)
    {
        try
        {
            var chat = _chatId;
            var message = await outbox.SendAsync(chat, SendPriority.Delivery, ct => bot.SendMessage(chat, post.Text, ParseMode.Html,
                linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true }, allowPaidBroadcast: paidBroadcast, cancellationToken: ct),
                cancellationToken, paid: paidBroadcast);
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
            return TelegramErrors.Classify(error);
        }
    }
}
