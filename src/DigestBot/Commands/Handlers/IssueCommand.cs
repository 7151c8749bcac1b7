using System.Globalization;
using DigestBot.Digests;

namespace DigestBot.Commands.Handlers;

/// <summary>/issue 29: a numbered issue.</summary>
public sealed class IssueCommand(DigestCatalog catalog) : ICommandHandler
{
    public string Name => "issue";

    public Task<CommandReply> HandleAsync(CommandRequest request, string arguments, CancellationToken cancellationToken)
    {
        var number = arguments.TrimStart('#');
        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var issue) || issue > 9999)
        {
            return Task.FromResult(CommandReply.Text("/issue takes an issue number: /issue 29."));
        }

        var digests = catalog.Digests;
        var issues = digests.Where(d => d.Kind == DigestKind.Issue).OrderBy(d => d.Issue).Select(d => $"#{d.Issue}").ToList();
        return Task.FromResult(DigestLookup.Find(digests, $"#{issue}") is { } digest
            ? catalog.Week(digest)
            : CommandReply.Text(issues.Count == 0
                ? $"There is no issue #{issue}: these digests have no numbered issues (try /weeks)."
                : $"There is no issue #{issue}. Issues that exist: {string.Join(", ", issues)}."));
    }
}
