using DigestBot.Commands;
using DigestBot.Commands.Buttons;
using DigestBot.Languages;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace DigestBot.Telegram;

/// <summary>
/// A press on an answer's button: the pressed message becomes the week it names (editMessageText, with that week's
/// buttons), and the press is always answered (answerCallbackQuery), with a notice when nothing changed. A message
/// Telegram will not edit any more (too old, deleted), or a week too long for one message, comes as new messages.
/// Both calls go through the outbound queue, first in line. Notices are in the presser's language.
/// </summary>
public sealed partial class CallbackHandler(ButtonPress press, ReplySender replies, ITelegramBotClient bot, TelegramOutbox outbox, BotTexts texts, ILogger<CallbackHandler> logger)
{
    public async Task HandleAsync(CallbackQuery query, CancellationToken cancellationToken)
    {
        var answer = press.Answer(query.From.Id, query.Data, query.From.LanguageCode);
        var notice = answer.Notice;
        if (answer.Reply is { } reply)
        {
            notice = await ShowAsync(query.Message, query.From.Id, reply, texts.For(query.From.LanguageCode), cancellationToken);
        }

        await AnswerAsync(query.Id, notice, cancellationToken);
    }

    /// <summary>Shows the reply in place of the pressed message, else as new messages; the notice to give, if any.</summary>
    private async Task<string?> ShowAsync(Message? pressed, long userId, CommandReply reply, TextSet say, CancellationToken cancellationToken)
    {
        if (pressed is null || reply.Messages.Count != 1)
        {
            // No message to edit (Telegram no longer says which it was), or a week past 4096 characters: one
            // message cannot hold it, so the parts come as new messages, the buttons under the last.
            await replies.SendAsync(pressed?.Chat.Id ?? userId, null, reply, cancellationToken);
            return reply.Messages.Count > 1 ? say.Format("ButtonSplit", reply.Messages.Count) : null;
        }

        try
        {
            await outbox.SendAsync(pressed.Chat.Id, SendPriority.Answer, ct => bot.EditMessageText(pressed.Chat.Id, pressed.Id, reply.Messages[0], ParseMode.Html,
                replyMarkup: InlineKeyboard.From(reply.Buttons), linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true }, cancellationToken: ct), cancellationToken);
            return null;
        }
        catch (ApiRequestException error) when (error.ErrorCode == 400 && error.Message.Contains("not modified", StringComparison.OrdinalIgnoreCase))
        {
            return null; // pressed twice: the message already shows it
        }
        catch (ApiRequestException error) when (error.ErrorCode == 400 && Uneditable(error.Message))
        {
            await replies.SendAsync(pressed.Chat.Id, null, reply, cancellationToken);
            return say["ButtonTooOld"];
        }
        catch (Exception error) when (error is RequestException or AnswerDroppedException && !cancellationToken.IsCancellationRequested)
        {
            LogNotEdited(error, pressed.Chat.Id);
            return say["ButtonFailed"];
        }
    }

    private async Task AnswerAsync(string queryId, string? notice, CancellationToken cancellationToken)
    {
        try
        {
            await outbox.CallAsync(ct => bot.AnswerCallbackQuery(queryId, notice, cancellationToken: ct), cancellationToken);
        }
        catch (Exception error) when (error is RequestException or AnswerDroppedException && !cancellationToken.IsCancellationRequested)
        {
            LogNotAnswered(error); // past Telegram's time for an answer: the button's spinner just stops
        }
    }

    private static bool Uneditable(string description) =>
        description.Contains("can't be edited", StringComparison.OrdinalIgnoreCase)
        || description.Contains("message to edit not found", StringComparison.OrdinalIgnoreCase);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not edit a message in chat {ChatId} after a button press")]
    private partial void LogNotEdited(Exception error, long chatId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not answer a button press")]
    private partial void LogNotAnswered(Exception error);
}
