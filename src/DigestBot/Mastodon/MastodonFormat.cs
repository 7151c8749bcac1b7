using System.Text.RegularExpressions;
using DigestBot.Posts;

namespace DigestBot.Mastodon;

/// <summary>Mastodon: plain text of at most 500 characters (code points), each URL counting 23.</summary>
public sealed partial class MastodonFormat : IPostFormat
{
    public const string Name = "mastodon";

    public string Channel => Name;

    public int Limit => 500;

    public int Measure(PostParts parts)
    {
        var text = PlainText.Join(parts.Headline, parts.Sentence, parts.Url);
        var length = 0;
        var at = 0;
        foreach (Match url in Url().Matches(text))
        {
            length += CodePoints(text.AsSpan(at, url.Index - at)) + 23;
            at = url.Index + url.Length;
        }

        return length + CodePoints(text.AsSpan(at));
    }

    public (string Text, IReadOnlyList<PostLink> Links) Render(PostParts parts) =>
        (PlainText.Join(parts.Headline, parts.Sentence, parts.Url), []);

    private static int CodePoints(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    [GeneratedRegex(@"https?://\S+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Url();
}
