using DigestBot.Commands;

namespace DigestBot.Subscribers;

/// <summary>/unsubscribe: no more weekly posts in this chat.</summary>
public sealed class UnsubscribeCommand(ISubscriberStore subscribers) : ICommandHandler
{
    public string Name => "unsubscribe";

    public async Task<CommandReply> HandleAsync(CommandRequest request, string arguments, CancellationToken cancellationToken) =>
        CommandReply.Text(await subscribers.RemoveAsync(request.ChatId, cancellationToken)
            ? "Unsubscribed: no more weekly posts here. /subscribe brings them back."
            : "This chat was not subscribed. /subscribe brings each week's papers here.");
}
