using DigestBot.Commands.Inline;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.InlineQueryResults;

namespace DigestBot.Telegram;

/// <summary>
/// An inline query (@DigestBot lambda in any chat), answered with articles: the paper's headline and sentence in
/// the list, its channel post sent when chosen. Answered even when nothing matches (an empty list), through the
/// outbound queue, first in line; Telegram keeps an answer for <see cref="CacheSeconds"/>.
/// </summary>
public sealed partial class InlineQueryHandler(InlinePapers papers, ITelegramBotClient bot, TelegramOutbox outbox, ILogger<InlineQueryHandler> logger)
{
    public const int CacheSeconds = 300;

    public async Task HandleAsync(InlineQuery query, CancellationToken cancellationToken)
    {
        var results = papers.Answer(query.Query).Select(p => new InlineQueryResultArticle(p.Id, p.Title,
            new InputTextMessageContent(p.Html) { ParseMode = ParseMode.Html }) { Description = p.Description }).ToList();
        try
        {
            await outbox.CallAsync(ct => bot.AnswerInlineQuery(query.Id, results, CacheSeconds, cancellationToken: ct), cancellationToken);
        }
        catch (Exception error) when (error is RequestException or AnswerDroppedException && !cancellationToken.IsCancellationRequested)
        {
            LogNotAnswered(error, results.Count); // past Telegram's time for an answer: the list stays empty
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not answer an inline query with {Results} results")]
    private partial void LogNotAnswered(Exception error, int results);
}
