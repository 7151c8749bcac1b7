using DigestBot.Digests;

namespace DigestBot.Commands.Handlers;

/// <summary>/picks [week]: the editor's picks of a week, or of the latest digest that has picks.</summary>
public sealed class PicksCommand(DigestCatalog catalog) : ICommandHandler
{
    public string Name => "picks";

    public Task<CommandReply> HandleAsync(CommandRequest request, string arguments, CancellationToken cancellationToken)
    {
        var digests = catalog.Digests;
        var digest = arguments.Length == 0
            ? digests.Where(d => d.Picks.Count > 0 && d.Year is not null).OrderBy(d => d.Year).ThenBy(d => d.Week ?? d.Month).LastOrDefault()
            : DigestLookup.Find(digests, arguments);
        var reply = digest switch
        {
            null when arguments.Length == 0 => CommandReply.Text("No digest has editor's picks yet."),
            null => WeekCommand.NoSuchWeek(arguments, digests),
            { Picks.Count: 0 } => CommandReply.Text($"{digest.Label} has no editor's picks."),
            _ => catalog.Picks(digest),
        };
        return Task.FromResult(reply);
    }
}
