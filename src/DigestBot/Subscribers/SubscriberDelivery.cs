using System.Collections.Concurrent;
using DigestBot.Digests;
using DigestBot.Publishing;
using DigestBot.Telegram;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace DigestBot.Subscribers;

/// <summary>
/// Each scheduled week also goes to every subscriber's chat as one message (<see cref="SubscriberMessage"/>),
/// through the ledger (once per subscriber and part), many chats at a time: the outbound queue keeps them within
/// Telegram's limits and behind answers and channel posts. A subscriber who follows topics gets only the papers
/// about them (one plan per distinct set of topics), and nothing in a week without one: no message, no ledger row.
/// A subscriber who blocked the bot (403) is removed.
/// </summary>
public sealed partial class SubscriberDelivery(
    ISubscriberStore store,
    ITopicStore topicStore,
    IPostLedger ledger,
    Publisher publisher,
    TelegramOutbox outbox,
    Lazy<ITelegramBotClient> bot,
    IOptions<TelegramOptions> options,
    ILogger<SubscriberDelivery> logger)
    : IWeekAudience
{
    public async Task DeliverAsync(Digest digest, CancellationToken cancellationToken)
    {
        if (!options.Value.HasToken)
        {
            return;
        }

        var everything = SubscriberMessage.Plan(digest, [], options.Value.ChannelLanguage);
        var earlier = await EarlierDeliveriesAsync(digest.Label, cancellationToken);
        var subscribers = await store.ListAsync(cancellationToken);
        var topics = await topicStore.ListAsync(cancellationToken);
        var plans = new ConcurrentDictionary<string, IReadOnlyList<PlannedPost>>(StringComparer.Ordinal);
        int delivered = 0, nothingOnTopics = 0;

        // Enough chats at once to keep the queue full at the bot's rate while each waits for its ledger writes.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Clamp(options.Value.MessagesPerSecond * 2, 10, 500), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(subscribers, parallel, async (subscriber, ct) =>
        {
            var channel = new SubscriberChannel(subscriber, bot.Value, outbox, store, options.Value.PaidBroadcast);
            if (earlier.Contains(channel.Name))
            {
                return;
            }

            var plan = topics.TryGetValue(subscriber.Id, out var own)
                ? plans.GetOrAdd(string.Join('\n', own), _ => SubscriberMessage.Plan(digest, own, options.Value.ChannelLanguage))
                : everything;
            if (plan.Count == 0)
            {
                Interlocked.Increment(ref nothingOnTopics);
                return;
            }

            var report = await publisher.PublishAsync(digest.Label, plan, channel, PublishMode.Scheduled, ct);
            Interlocked.Add(ref delivered, report.Complete ? 1 : 0);
            if (report.Stop is SendResult.ChannelClosed { ChatGone: true } gone)
            {
                await store.RemoveAsync(subscriber.ChatId, ct);
                LogRemoved(subscriber.ChatId, gone.Reason);
            }
        });
        LogDelivered(digest.Label, delivered, subscribers.Count, nothingOnTopics, everything.Count, outbox.Stats);
    }

    /// <summary>
    /// Subscriber channels that got this week one post per paper, as the bot delivered before one message a week:
    /// they have the week already and get nothing more of it.
    /// </summary>
    private async Task<HashSet<string>> EarlierDeliveriesAsync(string week, CancellationToken cancellationToken)
    {
        var rows = await ledger.ListAsync(week, cancellationToken);
        return rows.Where(r => r.Channel.StartsWith(SubscriberChannel.NamePrefix, StringComparison.Ordinal) && !r.Entry.StartsWith(SubscriberMessage.EntryPrefix, StringComparison.Ordinal))
            .Select(r => r.Channel).ToHashSet(StringComparer.Ordinal);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed subscriber {ChatId}: {Reason}")]
    private partial void LogRemoved(long chatId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Week} → subscribers: {Delivered} of {Subscribers} have the week, {NothingOnTopics} had no paper on their topics ({Parts} message(s) for the whole week); Telegram queue: {Queue}")]
    private partial void LogDelivered(string week, int delivered, int subscribers, int nothingOnTopics, int parts, OutboxStats queue);
}
