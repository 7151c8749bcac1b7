using System.Text.RegularExpressions;
using DigestBot.Digests;
using DigestBot.Posts;
using DigestBot.Publishing;

namespace DigestBot.Bluesky;

/// <summary>
/// The card of a post, from its digest: a paper's link, title and one sentence; the header's link to the original
/// digest and its title. The digests are read once per channel (once per run).
/// </summary>
public sealed partial class PostCards(DigestLibrary library)
{
    private IReadOnlyList<Digest>? _digests;

    public PostCard? For(PostKey key)
    {
        _digests ??= library.Load();
        var digest = _digests.FirstOrDefault(d => d.Label == key.Week);
        if (digest is null)
        {
            return null;
        }

        if (key.Entry == WeekPlan.HeaderEntry)
        {
            return digest.Source is null ? null : new PostCard(digest.Source, digest.Title ?? $"ML News {digest.Label}", "");
        }

        var url = Papers.Of(digest).Any(p => p.Url == key.Entry) ? key.Entry : Repeat().Replace(key.Entry, "");
        var paper = Papers.Of(digest).FirstOrDefault(p => p.Url == url);
        return paper is null ? null : new PostCard(url, paper.Title ?? paper.Headline, SentencePicker.Pick(paper.Summary));
    }

    /// <summary>The link a post's text ends with: the paper's, from its ledger entry, or for the header the original's.</summary>
    public string? UrlOf(PostKey key) =>
        key.Entry == WeekPlan.HeaderEntry ? For(key)?.Url : Repeat().Replace(key.Entry, "") is var url && url.Contains("://", StringComparison.Ordinal) ? url : null;

    /// <summary>A link met twice in a week is the ledger entry "link#2".</summary>
    [GeneratedRegex(@"#\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex Repeat();
}
