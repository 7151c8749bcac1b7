using System.Globalization;
using DigestBot.Digests;
using DigestBot.Languages;

namespace DigestBot.Commands.Handlers;

/// <summary>/issue 29: a numbered issue.</summary>
public sealed class IssueCommand(DigestCatalog catalog, BotTexts texts) : ICommandHandler
{
    public string Name => "issue";

    public Task<CommandReply> HandleAsync(CommandRequest request, string arguments, CancellationToken cancellationToken)
    {
        var say = texts.For(request.LanguageCode);
        var number = arguments.TrimStart('#');
        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var issue) || issue > 9999)
        {
            return Task.FromResult(CommandReply.Text(say["IssueUsage"]));
        }

        var digests = catalog.Digests;
        var issues = digests.Where(d => d.Kind == DigestKind.Issue).OrderBy(d => d.Issue).Select(d => $"#{d.Issue}").ToList();
        return Task.FromResult(DigestLookup.Find(digests, $"#{issue}") is { } digest
            ? catalog.Week(digest, say)
            : CommandReply.Text(issues.Count == 0
                ? say.Format("NoIssues", issue)
                : say.Format("NoSuchIssue", issue, string.Join(", ", issues))));
    }
}
