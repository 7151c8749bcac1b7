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
        var query = PaperSearch.Normalize(arguments);
        if (query.Length == 0)
        {
            return Task.FromResult(CommandReply.Text(say["SearchEmpty"]));
        }

        if (query.Length > MaxQuery)
        {
            return Task.FromResult(CommandReply.Text(say.Format("SearchTooLong", query.Length, MaxQuery)));
        }

        var hits = PaperSearch.Find(catalog.Digests, query).ToList();
        if (hits.Count == 0)
        {
            return Task.FromResult(CommandReply.Text(say.Format("SearchNothing", Html.Escape(query))));
        }

        var title = hits.Count > MaxShown ? say.Format("SearchFoundMore", hits.Count, query, MaxShown) : say.Format("SearchFound", hits.Count, query);
        return Task.FromResult(Html.Messages([Html.Bold(title), .. hits.Take(MaxShown).Select(h => Hit(h.Digest, h.Entry))]));
    }

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
