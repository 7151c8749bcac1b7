using DigestBot.Commands;
using DigestBot.Languages;

namespace DigestBot.Subscribers;

/// <summary>
/// /unsubscribe: no more weekly posts in this chat. /unsubscribe gan: drops that topic; dropping the last one ends
/// the subscription (a chat that followed only GANs does not suddenly get every paper).
/// </summary>
public sealed class UnsubscribeCommand(ISubscriberStore subscribers, ITopicStore topics, BotTexts texts) : ICommandHandler
{
    public string Name => "unsubscribe";

    public async Task<CommandReply> HandleAsync(CommandRequest request, string arguments, CancellationToken cancellationToken)
    {
        var say = texts.For(request.LanguageCode);
        var (words, _) = Topics.Parse(arguments, say);
        if (words.Count == 0)
        {
            return CommandReply.Text(await subscribers.RemoveAsync(request.ChatId, cancellationToken)
                ? say["Unsubscribed"]
                : say["NotSubscribed"]);
        }

        var had = await topics.OfAsync(request.ChatId, cancellationToken);
        if (had is null)
        {
            return CommandReply.Text(say["NotSubscribed"]);
        }

        var dropped = words.Intersect(had, StringComparer.Ordinal).ToList();
        if (dropped.Count == 0)
        {
            return CommandReply.Text(had.Count == 0
                ? say["NoTopicsToDrop"]
                : say.Format("NotFollowing", Topics.List(words), Topics.List(had)));
        }

        var left = await topics.RemoveAsync(request.ChatId, dropped, cancellationToken);
        if (left is { Count: 0 })
        {
            await subscribers.RemoveAsync(request.ChatId, cancellationToken);
            return CommandReply.Text(say.Format("DroppedLast", Topics.List(dropped)));
        }

        return CommandReply.Text(left is null ? say["NotSubscribed"] : say.Format("Dropped", Topics.List(dropped), Topics.List(left)));
    }
}
