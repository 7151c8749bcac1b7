using System.Text;
using DigestBot.Posts;

namespace DigestBot.Bluesky;

/// <summary>
/// The link facet of a post's text: <see cref="BlueskyFormat"/> ends a post with its link shown short, on a line of
/// its own, so the facet is the UTF-8 byte range of that last line, pointing to the whole link. The ledger keeps the
/// text, not the facets, so they are found again from the text and the post's link.
/// </summary>
public static class LinkFacets
{
    public static IReadOnlyList<PostLink> Of(string text, string? url)
    {
        var shown = BlueskyFormat.Shown(url);
        if (url is null || string.IsNullOrEmpty(shown) || !text.EndsWith(shown, StringComparison.Ordinal))
        {
            return [];
        }

        var before = text.Length - shown.Length;
        if (before > 0 && text[before - 1] != '\n')
        {
            return [];
        }

        var start = Encoding.UTF8.GetByteCount(text.AsSpan(0, before));
        return [new PostLink(start, start + Encoding.UTF8.GetByteCount(shown), url)];
    }
}
