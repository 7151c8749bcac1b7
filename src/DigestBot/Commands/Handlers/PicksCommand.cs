using DigestBot.Digests;
using DigestBot.Languages;

namespace DigestBot.Commands.Handlers;

/// <summary>/picks [week]: the editor's picks of a week, or of the latest digest that has picks.</summary>
public sealed class PicksCommand(DigestCatalog catalog, BotTexts texts) : ICommandHandler
{
    public string Name => "picks";

    public Task<CommandReply> HandleAsync(CommandRequest request, string arguments, CancellationToken cancellationToken)
    {
        var say = texts.For(request.LanguageCode);
        var digests = catalog.Digests;
        var digest = arguments.Length == 0
            ? digests.Where(d => d.Picks.Count > 0 && d.Year is not null).OrderBy(d => d.Year).ThenBy(d => d.Week ?? d.Month).LastOrDefault()
            : DigestLookup.Find(digests, arguments);
        var reply = digest switch
        {
            null when arguments.Length == 0 => CommandReply.Text(say["NoPicksYet"]),
            null => WeekCommand.NoSuchWeek(arguments, digests, say),
            { Picks.Count: 0 } => CommandReply.Text(say.Format("NoPicksIn", digest.Label)),
            _ => catalog.Picks(digest, say),
        };
        return Task.FromResult(reply);
    }
}
