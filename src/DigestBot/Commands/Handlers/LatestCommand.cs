using DigestBot.Digests;

namespace DigestBot.Commands.Handlers;

/// <summary>/latest: the most recent week.</summary>
public sealed class LatestCommand(DigestCatalog catalog) : ICommandHandler
{
    public string Name => "latest";

    public Task<CommandReply> HandleAsync(CommandRequest request, string arguments, CancellationToken cancellationToken) =>
        Task.FromResult(DigestLookup.Latest(catalog.Digests) is { } latest
            ? catalog.Week(latest)
            : CommandReply.Text("There are no digests yet."));
}
