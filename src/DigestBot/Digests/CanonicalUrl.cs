using System.Text;
using System.Text.RegularExpressions;

namespace DigestBot.Digests;

/// <summary>
/// One spelling per link: tracking parameters and fragments dropped, host lower-cased, spaces a
/// translator inserted removed, and every arXiv form reduced to https://arxiv.org/abs/ID.
/// </summary>
public static partial class CanonicalUrl
{
    /// <summary>
    /// Canonical form of a link. A site-relative link ("/analytics-vidhya/…", as Medium writes them) is resolved
    /// against <paramref name="baseUrl"/>, the digest's own address, when one is known.
    /// </summary>
    public static string? Normalize(string? url, string? baseUrl = null)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var compact = RemoveWhitespace(url.Trim().Trim(Chars.AngleBrackets));
        if (compact.EndsWith('+') || compact.EndsWith("%20", StringComparison.Ordinal))
        {
            compact = TrailingEncodedSpace().Replace(compact, "");
        }
        if (compact.StartsWith('/') && !compact.StartsWith("//", StringComparison.Ordinal)
            && Uri.TryCreate(baseUrl, UriKind.Absolute, out var root))
        {
            compact = root.GetLeftPart(UriPartial.Authority) + compact;
        }
        var fragment = compact.IndexOf('#', StringComparison.Ordinal);
        if (fragment >= 0)
        {
            compact = compact[..fragment];
        }

        var arxiv = compact.Contains("arxiv.org", StringComparison.OrdinalIgnoreCase) ? ArxivId(compact) : null;
        if (arxiv is not null)
        {
            return "https://arxiv.org/abs/" + arxiv;
        }

        var schemeEnd = compact.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0)
        {
            return DropTracking(compact);
        }

        var hostStart = schemeEnd + 3;
        var hostEnd = compact.IndexOfAny(Chars.HostEnd, hostStart);
        if (hostEnd < 0)
        {
            hostEnd = compact.Length;
        }

        var head = compact[..hostEnd].ToLowerInvariant();
        return head + DropTracking(compact[hostEnd..]);
    }

    /// <summary>An absolute http(s) link to a real host (not "http://applewebdata://…" left by a copy and paste).</summary>
    public static bool IsWebAddress(string url)
    {
        var start = url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? 8
            : url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? 7 : -1;
        if (start < 0)
        {
            return false;
        }

        var end = url.IndexOfAny(HostDelimiters, start);
        var host = url.AsSpan(start, (end < 0 ? url.Length : end) - start);
        return host.Contains('.') && !url.AsSpan(start).StartsWith("applewebdata", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly char[] HostDelimiters = ['/', '?', ':', '#'];

    /// <summary>
    /// A key under which near-copies of one page meet: the same address with or without a trailing slash,
    /// a trailing encoded space, or Medium's "gi" tracking parameter.
    /// </summary>
    public static string SamePageKey(string url)
    {
        var gi = url.IndexOf("?gi=", StringComparison.Ordinal);
        var key = gi >= 0 ? url[..gi] : url;
        return key.TrimEnd(Chars.PageKeyTail);
    }

    /// <summary>The arXiv identifier of an arXiv abs or pdf link (any version, with or without .pdf), else null.</summary>
    public static string? ArxivId(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return null;
        }

        var match = ArxivUrl().Match(url);
        return match.Success ? match.Groups["id"].Value : null;
    }

    /// <summary>True for a string that is itself a URL or a bare domain (as link texts like "arxiv.org" are).</summary>
    public static bool LooksLikeAddress(string text)
    {
        var compact = RemoveWhitespace(text.Trim().Trim(Chars.AnyBrackets));
        return compact.Length > 0 && AddressLike().IsMatch(compact);
    }

    private static string DropTracking(string pathAndQuery)
    {
        var q = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        if (q < 0)
        {
            return pathAndQuery;
        }

        if (q == pathAndQuery.Length - 1)
        {
            return pathAndQuery[..q];
        }

        if (!pathAndQuery.Contains("utm_", StringComparison.OrdinalIgnoreCase))
        {
            return pathAndQuery;
        }

        var kept = pathAndQuery[(q + 1)..]
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith("utm_", StringComparison.OrdinalIgnoreCase));
        var query = string.Join('&', kept);
        return query.Length == 0 ? pathAndQuery[..q] : pathAndQuery[..(q + 1)] + query;
    }

    public static string RemoveWhitespace(string s)
    {
        var first = -1;
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsWhiteSpace(s[i]))
            {
                first = i;
                break;
            }
        }

        if (first < 0)
        {
            return s;
        }

        var sb = new StringBuilder(s.Length).Append(s, 0, first);
        for (var i = first; i < s.Length; i++)
        {
            if (!char.IsWhiteSpace(s[i]))
            {
                sb.Append(s[i]);
            }
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"^(?:https?://)?(?:www\.|export\.)?arxiv\.org/(?:abs|pdf)/(?<id>\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?(?:\.pdf)?/?(?:[?].*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArxivUrl();

    [GeneratedRegex(@"(?:%20|\+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingEncodedSpace();

    [GeneratedRegex(@"^(?:https?://)?(?:[a-z0-9\-]+\.)+[a-z]{2,}(?:[/?].*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AddressLike();
}
