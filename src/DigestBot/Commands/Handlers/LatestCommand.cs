using DigestBot.Digests;
using DigestBot.Languages;

namespace DigestBot.Commands.Handlers;

/// <summary>/latest: the most recent week.</summary>
public sealed class LatestCommand(DigestCatalog catalog, BotTexts texts) : ICommandHandler
{
    public string Name => "latest";

    public Task<CommandReply> HandleAsync(CommandRequest request, string arguments, CancellationToken cancellationToken) =>
        Task.FromResult(DigestLookup.Latest(catalog.Digests) is { } latest
            ? catalog.Week(latest, texts.For(request.LanguageCode))
            : CommandReply.Text(texts.For(request.LanguageCode)["NoDigests"]));
}
