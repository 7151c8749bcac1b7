using DigestBot.Digests;
using DigestBot.Publishing;
using DigestBot.Storage;
using DigestBot.Telegram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace DigestBot.Subscribers;

/// <summary>
/// Each scheduled week also goes to every subscriber's chat, through the ledger (once per subscriber), several
/// chats at a time within the pacing. A subscriber who blocked the bot (403) is removed.
/// </summary>
public sealed partial class SubscriberDelivery(
    ISubscriberStore store, Publisher publisher, Pacer pacer, IServiceProvider services, IOptions<TelegramOptions> options, ILogger<SubscriberDelivery> logger)
{
    private const int ChatsAtOnce = 25;

    public async Task DeliverAsync(Digest digest, CancellationToken cancellationToken)
    {
        if (!options.Value.HasToken)
        {
            return;
        }

        var bot = services.GetRequiredService<ITelegramBotClient>(); // only with a token can the client be built
        var subscribers = await store.ListAsync(cancellationToken);
        await Parallel.ForEachAsync(subscribers, new ParallelOptions { MaxDegreeOfParallelism = ChatsAtOnce, CancellationToken = cancellationToken }, async (subscriber, ct) =>
        {
            var report = await publisher.PublishAsync(digest, new SubscriberChannel(subscriber, bot, pacer, store), PublishMode.Scheduled, ct);
            if (report.StoppedBecause is { } why && why.StartsWith("403", StringComparison.Ordinal))
            {
                await store.RemoveAsync(subscriber.ChatId, ct);
                LogRemoved(subscriber.ChatId, why);
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed subscriber {ChatId}: {Reason}")]
    private partial void LogRemoved(long chatId, string reason);
}
