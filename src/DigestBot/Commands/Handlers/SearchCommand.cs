using DigestBot.Digests;
using DigestBot.Languages;
using DigestBot.Posts;

namespace DigestBot.Commands.Handlers;

/// <summary>/search TEXT: entries whose headline, paper title or summary holds the text (any script, case ignored).</summary>
public sealed class SearchCommand(DigestCatalog catalog, BotTexts texts) : ICommandHandler
{
    private const int MaxShown = 10;
    private const int MaxQuery = 100;

    public string Name => "search";

    public Task<CommandReply> HandleAsync(CommandRequest request, string arguments, CancellationToken cancellationToken)
    {
        var say = texts.For(request.LanguageCode);
        var query = string.Join(' ', arguments.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (query.Length == 0)
        {
            return Task.FromResult(CommandReply.Text(say["SearchEmpty"]));
        }

        if (query.Length > MaxQuery)
        {
            return Task.FromResult(CommandReply.Text(say.Format("SearchTooLong", query.Length, MaxQuery)));
        }

        var hits = catalog.Digests
            .OrderByDescending(d => d.Year).ThenByDescending(d => d.Week ?? d.Month ?? 0).ThenByDescending(d => d.Issue ?? 0)
            .SelectMany(d => d.Entries.Where(e => Matches(e, query)).Select(e => (Digest: d, Entry: e)))
            .ToList();
        if (hits.Count == 0)
        {
            return Task.FromResult(CommandReply.Text(say.Format("SearchNothing", Html.Escape(query))));
        }

        var title = hits.Count > MaxShown ? say.Format("SearchFoundMore", hits.Count, query, MaxShown) : say.Format("SearchFound", hits.Count, query);
        return Task.FromResult(Html.Messages([Html.Bold(title), .. hits.Take(MaxShown).Select(h => Hit(h.Digest, h.Entry))]));
    }

    private static bool Matches(DigestEntry entry, string query) =>
        entry.Headline.Contains(query, StringComparison.OrdinalIgnoreCase)
        || (entry.Title?.Contains(query, StringComparison.OrdinalIgnoreCase) ?? false)
        || entry.Summary.Contains(query, StringComparison.OrdinalIgnoreCase);

    private static string Hit(Digest digest, DigestEntry entry)
    {
        var headline = entry.Headline.Length > 0 ? entry.Headline : entry.Title ?? "";
        var sentence = SentencePicker.Pick(entry.Summary);
        var lines = new List<string> { $"{Html.Bold(headline)} · {Html.Escape(digest.Label)}" };
        if (sentence.Length > 0)
        {
            lines.Add(Html.Escape(sentence));
        }

        if (entry.Url is { } url)
        {
            lines.Add(Html.Link(url));
        }

        return string.Join('\n', lines);
    }
}
