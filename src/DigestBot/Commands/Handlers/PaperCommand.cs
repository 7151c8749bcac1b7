using System.Text.RegularExpressions;
using DigestBot.Digests;
using DigestBot.Digests.Parsing;
using DigestBot.Languages;
using DigestBot.Posts;

namespace DigestBot.Commands.Handlers;

/// <summary>/paper 2010.01412 (or arXiv:2010.01412v2, or an arXiv link): the digests that carry that paper.</summary>
public sealed partial class PaperCommand(DigestCatalog catalog, BotTexts texts) : ICommandHandler
{
    public string Name => "paper";

    public Task<CommandReply> HandleAsync(CommandRequest request, string arguments, CancellationToken cancellationToken)
    {
        var say = texts.For(request.LanguageCode);
        var id = Id(arguments.Trim());
        if (id is null)
        {
            return Task.FromResult(CommandReply.Text(say["PaperUsage"]));
        }

        var found = catalog.Digests
            .SelectMany(d => d.Entries.Where(e => e.ArxivId == id || e.Url == CanonicalUrl.ArxivAbs + id).Select(e => (Digest: d, Entry: e)))
            .ToList();
        if (found.Count == 0)
        {
            return Task.FromResult(CommandReply.Text(say.Format("PaperNotFound", id)));
        }

        return Task.FromResult(Html.Messages(found.Select(f => Describe(f.Digest, f.Entry))));
    }

    private static string? Id(string text)
    {
        if (Plain().Match(text) is { Success: true } plain)
        {
            return plain.Groups["id"].Value;
        }

        return text.Length <= 200 ? ArxivIds.Find(text) : null;
    }

    private static string Describe(Digest digest, DigestEntry entry)
    {
        var headline = entry.Headline.Length > 0 ? entry.Headline : entry.Title ?? "";
        var lines = new List<string> { $"{Html.Bold(headline)} · {Html.Escape(digest.Label)}" };
        if (entry.Title is { } title && title != headline)
        {
            lines.Add($"<i>{Html.Escape(title)}</i>");
        }

        lines.Add(Html.Escape(SentencePicker.Pick(entry.Summary)));
        lines.Add(Html.Link(entry.Url ?? CanonicalUrl.ArxivAbs + entry.ArxivId));
        return string.Join('\n', lines.Where(l => l.Length > 0));
    }

    [GeneratedRegex(@"^(?:arxiv:\s*)?(?<id>\d{4}\.\d{4,5})(?:v\d+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Plain();
}
