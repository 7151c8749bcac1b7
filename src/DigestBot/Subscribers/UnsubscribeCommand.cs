using DigestBot.Commands;

namespace DigestBot.Subscribers;

/// <summary>
/// /unsubscribe: no more weekly posts in this chat. /unsubscribe gan: drops that topic; dropping the last one ends
/// the subscription (a chat that followed only GANs does not suddenly get every paper).
/// </summary>
public sealed class UnsubscribeCommand(ISubscriberStore subscribers, ITopicStore topics) : ICommandHandler
{
    private const string NotSubscribed = "This chat was not subscribed. /subscribe brings each week's papers here.";

    public string Name => "unsubscribe";

    public async Task<CommandReply> HandleAsync(CommandRequest request, string arguments, CancellationToken cancellationToken)
    {
        var (words, _) = Topics.Parse(arguments);
        if (words.Count == 0)
        {
            return CommandReply.Text(await subscribers.RemoveAsync(request.ChatId, cancellationToken)
                ? "Unsubscribed: no more weekly posts here. /subscribe brings them back."
                : NotSubscribed);
        }

        var had = await topics.OfAsync(request.ChatId, cancellationToken);
        if (had is null)
        {
            return CommandReply.Text(NotSubscribed);
        }

        var dropped = words.Intersect(had, StringComparer.Ordinal).ToList();
        if (dropped.Count == 0)
        {
            return CommandReply.Text(had.Count == 0
                ? "This chat follows every paper, no topics. /unsubscribe alone stops the weekly posts."
                : $"This chat does not follow {Topics.List(words)}; it follows {Topics.List(had)}.");
        }

        var left = await topics.RemoveAsync(request.ChatId, dropped, cancellationToken);
        if (left is { Count: 0 })
        {
            await subscribers.RemoveAsync(request.ChatId, cancellationToken);
            return CommandReply.Text($"Dropped {Topics.List(dropped)}, this chat's last topic: unsubscribed, no more weekly posts here. /subscribe brings every paper back.");
        }

        return CommandReply.Text(left is null ? NotSubscribed : $"Dropped {Topics.List(dropped)}. This chat now follows papers about {Topics.List(left)}.");
    }
}
