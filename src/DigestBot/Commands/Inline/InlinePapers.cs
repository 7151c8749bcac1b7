using System.Globalization;
using DigestBot.Commands.Handlers;
using DigestBot.Digests;
using DigestBot.Posts;

namespace DigestBot.Commands.Inline;

/// <summary>
/// Inline mode (@DigestBot lambda in any chat): nothing typed lists the latest week's papers, a week (43, 2020-W43)
/// that week's, any other text the papers /search finds, newest first. Each sends the paper's channel post.
/// </summary>
public sealed class InlinePapers(DigestCatalog catalog)
{
    public const int MaxResults = 20;
    private const int MaxQuery = 100;

    public IReadOnlyList<InlinePaper> Answer(string query)
    {
        var text = PaperSearch.Normalize(query);
        var digests = catalog.Digests;
        var week = text.Length == 0 ? DigestLookup.Latest(digests)
            : WeekCommand.Spec().IsMatch(text) ? DigestLookup.Find(digests, text)
            : null;
        var hits = week is not null ? Papers.Of(week).Select(e => (Digest: week, Entry: e))
            : text.Length is 0 or > MaxQuery ? []
            : PaperSearch.Find(digests, text);

        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. hits.Take(MaxResults).Select((hit, i) => Paper(hit.Digest, hit.Entry, seen, i))];
    }

    private static InlinePaper Paper(Digest digest, DigestEntry entry, HashSet<string> seen, int position)
    {
        var isPick = entry.Url is { } url && digest.Picks.Any(p => p.Url == url);
        var post = WeekComposer.Paper(digest, new TelegramFormat(), entry, isPick);
        var headline = entry.Headline.Length > 0 ? entry.Headline : entry.Title ?? digest.Label;
        return new InlinePaper(Id(digest, entry, seen, position), headline, SentencePicker.Pick(entry.Summary), post.Text);
    }

    /// <summary>The week and the entry's place in it ("2020-W43.3"); ASCII, well under Telegram's 64 bytes.</summary>
    private static string Id(Digest digest, DigestEntry entry, HashSet<string> seen, int position)
    {
        var label = new string([.. digest.Label.Where(char.IsAsciiLetterOrDigit).Take(40)]);
        var id = string.Create(CultureInfo.InvariantCulture, $"{label}.{IndexOf(digest, entry)}");
        return seen.Add(id) ? id : string.Create(CultureInfo.InvariantCulture, $"{id}.{position}");
    }

    private static int IndexOf(Digest digest, DigestEntry entry) =>
        digest.Entries.Select((e, i) => (e, i)).First(x => ReferenceEquals(x.e, entry)).i;
}
