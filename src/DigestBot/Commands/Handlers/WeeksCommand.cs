using DigestBot.Digests;
using DigestBot.Languages;

namespace DigestBot.Commands.Handlers;

/// <summary>/weeks: every digest there is, as /week takes it.</summary>
public sealed class WeeksCommand(DigestCatalog catalog, BotTexts texts) : ICommandHandler
{
    public string Name => "weeks";

    public Task<CommandReply> HandleAsync(CommandRequest request, string arguments, CancellationToken cancellationToken)
    {
        var say = texts.For(request.LanguageCode);
        var available = DigestLookup.Available(catalog.Digests);
        return Task.FromResult(available.Count == 0
            ? CommandReply.Text(say["NoDigests"])
            : Html.Messages([Html.Bold(say.Format("WeeksTitle", available.Count)), string.Join(", ", available)]));
    }
}
