using DigestBot.Commands;

namespace DigestBot.Subscribers;

/// <summary>/topics: what this chat's weekly posts follow.</summary>
public sealed class TopicsCommand(ITopicStore topics) : ICommandHandler
{
    public string Name => "topics";

    public async Task<CommandReply> HandleAsync(CommandRequest request, string arguments, CancellationToken cancellationToken) =>
        CommandReply.Text(await topics.OfAsync(request.ChatId, cancellationToken) switch
        {
            null => "This chat is not subscribed. /subscribe brings each week's papers here; /subscribe gan diffusion only the papers about those topics.",
            [] => "This chat follows every paper. /subscribe TOPIC follows only papers about a topic.",
            var list => $"This chat follows papers about {Topics.List(list)} ({list.Count} of at most {Topics.MaxPerChat} topics). /subscribe TOPIC adds one, /unsubscribe TOPIC drops one, /subscribe alone follows every paper.",
        });
}
