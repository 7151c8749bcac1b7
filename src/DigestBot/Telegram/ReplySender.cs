using DigestBot.Commands;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace DigestBot.Telegram;

/// <summary>
/// Sends a command's answer to its chat (in groups as a reply to the command). A 429 waits retry_after and tries
/// again; a chat that blocked the bot or a rejected message is logged and dropped: answers are not ledgered.
/// </summary>
public sealed partial class ReplySender(ITelegramBotClient bot, TimeProvider time, ILogger<ReplySender> logger)
{
    private const int MaxRateLimits = 3;

    public async Task SendAsync(long chatId, int? replyTo, CommandReply reply, CancellationToken cancellationToken)
    {
        foreach (var text in reply.Messages)
        {
            if (!await SendOneAsync(chatId, replyTo, text, cancellationToken))
            {
                return;
            }
        }
    }

    private async Task<bool> SendOneAsync(long chatId, int? replyTo, string text, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await bot.SendMessage(chatId, text, ParseMode.Html,
                    replyParameters: replyTo is { } id ? new ReplyParameters { MessageId = id, AllowSendingWithoutReply = true } : null,
                    linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true },
                    cancellationToken: cancellationToken);
                return true;
            }
            catch (ApiRequestException error) when (error.ErrorCode == 429 && attempt <= MaxRateLimits)
            {
                await Task.Delay(TimeSpan.FromSeconds(Math.Max(1, error.Parameters?.RetryAfter ?? 1)), time, cancellationToken);
            }
            catch (RequestException error) when (!cancellationToken.IsCancellationRequested)
            {
                LogNotAnswered(error, chatId);
                return false;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not answer chat {ChatId}")]
    private partial void LogNotAnswered(Exception error, long chatId);
}
