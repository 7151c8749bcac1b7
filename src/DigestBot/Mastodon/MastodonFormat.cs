using System.Text.RegularExpressions;
using DigestBot.Posts;

namespace DigestBot.Mastodon;

/// <summary>
/// Mastodon: plain text counted in code points (Mastodon counts graphemes, never more), each URL counting
/// <paramref name="charactersPerUrl"/>, at most <paramref name="maxCharacters"/>: the instance's
/// configuration.statuses, else Mastodon's defaults 500 and 23.
/// </summary>
public sealed partial class MastodonFormat(int maxCharacters = MastodonFormat.DefaultMaxCharacters, int charactersPerUrl = MastodonFormat.DefaultCharactersPerUrl) : IPostFormat
{
    public const string Name = "mastodon";
    public const int DefaultMaxCharacters = 500;
    public const int DefaultCharactersPerUrl = 23;

    public string Channel => Name;

    public int Limit => maxCharacters;

    public int CharactersPerUrl => charactersPerUrl;

    /// <summary>An instance that allows long posts gets each paper's whole summary when it fits.</summary>
    public bool TakesWholeSummary => maxCharacters > DefaultMaxCharacters;

    public int Measure(PostParts parts)
    {
        var text = PlainText.Join(parts.Headline, parts.Sentence, parts.Url);
        var length = 0;
        var at = 0;
        foreach (Match url in Url().Matches(text))
        {
            length += CodePoints(text.AsSpan(at, url.Index - at)) + charactersPerUrl;
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
