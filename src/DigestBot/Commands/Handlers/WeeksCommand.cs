using DigestBot.Digests;

namespace DigestBot.Commands.Handlers;

/// <summary>/weeks: every digest there is, as /week takes it.</summary>
public sealed class WeeksCommand(DigestCatalog catalog) : ICommandHandler
{
    public string Name => "weeks";

    public Task<CommandReply> HandleAsync(CommandRequest request, string arguments, CancellationToken cancellationToken)
    {
        var available = DigestLookup.Available(catalog.Digests);
        return Task.FromResult(available.Count == 0
            ? CommandReply.Text("There are no digests yet.")
            : Html.Messages([$"<b>{available.Count} digests</b>", string.Join(", ", available)]));
    }
}
