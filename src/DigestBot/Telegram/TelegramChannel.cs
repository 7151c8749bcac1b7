using System.Globalization;
using DigestBot.Posts;
using DigestBot.Publishing;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace DigestBot.Telegram;

/// <summary>
/// Posts to the configured Telegram channel with sendMessage (HTML, link preview on), through the outbound queue,
/// which keeps the channel's pace (Telegram:ChannelMessagesPerMinute, Telegram:ChatSpacingSeconds). The week's
/// header, in Telegram:ChannelLanguage, also links the week in the bot (<see cref="DeepLink"/>); the ledger keeps
/// the text as planned.
/// </summary>
public sealed class TelegramChannel(ITelegramBotClient bot, TelegramOutbox outbox, BotIdentity identity, IOptions<TelegramOptions> options) : IChannel
{
    public string Name => TelegramFormat.Name;

    public IPostFormat Format { get; } = new TelegramFormat(options.Value.ChannelLanguage);

    public async Task<SendResult> SendAsync(OutgoingPost post, CancellationToken cancellationToken)
    {
        try
        {
            var chat = Chat(options.Value.ChannelId!);
            var text = post.Key.Entry == WeekPlan.HeaderEntry
                ? DeepLink.AddToHeader(post.Text, await identity.UsernameAsync(cancellationToken), post.Key.Week)
                : post.Text;
            var message = await outbox.SendAsync(chat, SendPriority.ChannelPost, ct => bot.SendMessage(
                chat,
                text,
                parseMode: ParseMode.Html,
                linkPreviewOptions: new LinkPreviewOptions { IsDisabled = false },
                cancellationToken: ct), cancellationToken);
            return new SendResult.Sent(message.Id.ToString(CultureInfo.InvariantCulture));
        }
        catch (RequestException error) when (!cancellationToken.IsCancellationRequested)
        {
            return TelegramErrors.Classify(error);
        }
    }

    private static ChatId Chat(string id) =>
        long.TryParse(id, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var numeric) ? new ChatId(numeric) : new ChatId(id);
}
