using DigestBot.Commands;

namespace DigestBot.Subscribers;

/// <summary>/subscribe: each week's posts come to this chat too.</summary>
public sealed class SubscribeCommand(ISubscriberStore subscribers) : ICommandHandler
{
    public string Name => "subscribe";

    public async Task<CommandReply> HandleAsync(CommandRequest request, string arguments, CancellationToken cancellationToken) =>
        CommandReply.Text(await subscribers.AddAsync(request.ChatId, cancellationToken)
            ? "Subscribed: each week's papers will come to this chat. /unsubscribe stops them."
            : "This chat is already subscribed. /unsubscribe stops the weekly posts.");
}
