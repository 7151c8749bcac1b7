using System.Globalization;
using System.Text;
using DigestBot.Posts;

namespace DigestBot.Bluesky;

/// <summary>
/// Bluesky: at most 300 graphemes. The link is shown short (host and path, cut at 30 characters) and carried
/// whole by a link facet whose start and end are UTF-8 byte offsets of the shown text.
/// </summary>
public sealed class BlueskyFormat : IPostFormat
{
    private const int ShownLinkLength = 30;

    public const string Name = "bluesky";

    public string Channel => Name;

    public int Limit => 300;

    public int Measure(PostParts parts) =>
        new StringInfo(PlainText.Join(parts.Headline, parts.Sentence, Shown(parts.Url))).LengthInTextElements;

    public (string Text, IReadOnlyList<PostLink> Links) Render(PostParts parts)
    {
        var shown = Shown(parts.Url);
        var text = PlainText.Join(parts.Headline, parts.Sentence, shown);
        if (shown is null || parts.Url is null)
        {
            return (text, []);
        }

        var start = Encoding.UTF8.GetByteCount(text.AsSpan(0, text.Length - shown.Length));
        return (text, [new PostLink(start, start + Encoding.UTF8.GetByteCount(shown), parts.Url)]);
    }

    /// <summary>"https://arxiv.org/abs/2010.01412" is shown as "arxiv.org/abs/2010.01412".</summary>
    public static string? Shown(string? url)
    {
        if (url is null)
        {
            return null;
        }

        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        var shown = scheme >= 0 ? url[(scheme + 3)..] : url;
        shown = shown.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? shown[4..] : shown;
        return shown.Length <= ShownLinkLength ? shown : string.Concat(shown.AsSpan(0, ShownLinkLength - 1), "…");
    }
}
