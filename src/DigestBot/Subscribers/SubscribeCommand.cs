using DigestBot.Commands;

namespace DigestBot.Subscribers;

/// <summary>
/// /subscribe: each week's papers come to this chat too. /subscribe gan diffusion: only the papers about those
/// topics (added to the chat's topics); /subscribe alone on a chat with topics: every paper again.
/// </summary>
public sealed class SubscribeCommand(ISubscriberStore subscribers, ITopicStore topics) : ICommandHandler
{
    public string Name => "subscribe";

    public async Task<CommandReply> HandleAsync(CommandRequest request, string arguments, CancellationToken cancellationToken)
    {
        var (words, refusal) = Topics.Parse(arguments);
        if (refusal is not null)
        {
            return CommandReply.Text(refusal);
        }

        if (words.Count == 0)
        {
            return CommandReply.Text(await EverythingAsync(request.ChatId, cancellationToken));
        }

        var change = await topics.AddAsync(request.ChatId, words, Topics.MaxPerChat, cancellationToken);
        if (change.Refused)
        {
            return CommandReply.Text(Topics.TooMany(change.Topics.Union(words, StringComparer.Ordinal).Count()));
        }

        var now = $"This chat now follows papers about {Topics.List(change.Topics)}.";
        return CommandReply.Text(change.NewSubscriber
            ? $"Subscribed: each week's papers about {Topics.List(change.Topics)} will come to this chat; a week without one sends nothing. /topics lists them, /unsubscribe stops the posts."
            : $"{now} /subscribe alone follows every paper, /unsubscribe TOPIC drops one.");
    }

    private async Task<string> EverythingAsync(long chatId, CancellationToken cancellationToken)
    {
        if (await subscribers.AddAsync(chatId, cancellationToken))
        {
            return "Subscribed: each week's papers will come to this chat. /unsubscribe stops them; /subscribe TOPIC follows only papers about a topic.";
        }

        return await topics.ClearAsync(chatId, cancellationToken) > 0
            ? "This chat now follows every paper again, not only its topics. /unsubscribe stops the weekly posts."
            : "This chat is already subscribed to every paper. /unsubscribe stops the weekly posts.";
    }
}
