using System.Text.RegularExpressions;

namespace DigestBot.Digests.Parsing;

/// <summary>
/// Links written through a link shortener that show the full address as their label
/// ("[https://arxiv.org/abs/2009.08551](https://t.co/e1JWpHF1ey?amp=1)"): the address shown is the entry's link
/// (and gives its arXiv id); the shortener is kept after it, among the entry's other links.
/// </summary>
internal static partial class ShortLinks
{
    /// <summary>The full address a shortened link shows, or null when the link is not one of those.</summary>
    public static string? ShownAddress(string label, string url) =>
        Shortener().IsMatch(url) && BareUrls.IsWholeUrl(label) && BareUrls.Find(label) is [var shown, ..] && !Shortener().IsMatch(shown)
            ? shown
            : null;

    [GeneratedRegex(@"^\s*https?://(?:www\.)?(?:t\.co|bit\.ly|buff\.ly|ow\.ly|goo\.gl|lnkd\.in|tinyurl\.com)(?:[/?#]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Shortener();
}
