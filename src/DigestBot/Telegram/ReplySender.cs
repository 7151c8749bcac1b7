using DigestBot.Commands;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace DigestBot.Telegram;

/// <summary>
/// Sends a command's answer to its chat (in groups as a reply to the command) through the outbound queue, first in
/// line, with the answer's buttons under its last message. The queue waits out 429s; a chat that blocked the bot, a rejected message or an answer that waited too long
/// is logged and the rest of that answer dropped: answers are not ledgered.
/// </summary>
public sealed partial class ReplySender(ITelegramBotClient bot, TelegramOutbox outbox, ILogger<ReplySender> logger)
{
    public async Task SendAsync(long chatId, int? replyTo, CommandReply reply, CancellationToken cancellationToken)
    {
        var keyboard = InlineKeyboard.From(reply.Buttons);
        for (var i = 0; i < reply.Messages.Count; i++)
        {
            var last = i == reply.Messages.Count - 1;
            if (!await SendOneAsync(chatId, replyTo, reply.Messages[i], last ? keyboard : null, cancellationToken))
            {
                return;
            }
        }
    }

    private async Task<bool> SendOneAsync(long chatId, int? replyTo, string text, InlineKeyboardMarkup? keyboard, CancellationToken cancellationToken)
    {
        try
        {
            await outbox.SendAsync(chatId, SendPriority.Answer, ct => bot.SendMessage(chatId, text, ParseMode.Html,
                replyParameters: replyTo is { } id ? new ReplyParameters { MessageId = id, AllowSendingWithoutReply = true } : null,
                linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true },
                replyMarkup: keyboard,
                cancellationToken: ct), cancellationToken);
            return true;
        }
        catch (RequestException error) when (!cancellationToken.IsCancellationRequested)
        {
            LogNotAnswered(error, chatId);
            return false;
        }
        catch (AnswerDroppedException)
        {
            return false; // the queue logged it and counted it
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not answer chat {ChatId}")]
    private partial void LogNotAnswered(Exception error, long chatId);
}
