using System.Text;
using System.Text.RegularExpressions;

namespace DigestBot.Digests.Parsing;

/// <summary>
/// One spelling per link: tracking parameters and fragments dropped, host lower-cased, spaces a
/// translator inserted removed, and every arXiv form reduced to https://arxiv.org/abs/ID.
/// </summary>
internal static partial class CanonicalUrl
{
    /// <summary>Where every arXiv link leads once canonical.</summary>
    public const string ArxivAbs = "https://arxiv.org/abs/";

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

        var compact = Tidy(url, baseUrl);
        if (ArxivIds.Find(compact) is { } arxiv)
        {
            return ArxivAbs + arxiv;
        }

        var schemeEnd = compact.IndexOf("://", StringComparison.Ordinal);
        var hostEnd = schemeEnd < 0 ? 0 : compact.IndexOfAny(['/', '?'], schemeEnd + 3);
        hostEnd = hostEnd < 0 ? compact.Length : hostEnd;
        var head = compact[..hostEnd];
        return (head.AsSpan().ContainsAnyInRange('A', 'Z') ? head.ToLowerInvariant() : head) + WithoutTracking(compact[hostEnd..]);
    }

    /// <summary>Trims, removes whitespace and a trailing encoded space, resolves a site-relative link and drops the fragment.</summary>
    private static string Tidy(string url, string? baseUrl)
    {
        var compact = TrailingEncodedSpace().Replace(RemoveWhitespace(url.Trim().Trim('<', '>')).TrimEnd('\'', '"'), "");
        if (compact.StartsWith('/') && !compact.StartsWith("//", StringComparison.Ordinal)
            && Uri.TryCreate(baseUrl, UriKind.Absolute, out var root))
        {
            compact = root.GetLeftPart(UriPartial.Authority) + compact;
        }

        var fragment = compact.IndexOf('#', StringComparison.Ordinal);
        return fragment >= 0 ? compact[..fragment] : compact;
    }

    /// <summary>The path and query without utm_ parameters (a query with none is kept as written) and without an empty "?".</summary>
    private static string WithoutTracking(string tail)
    {
        var q = tail.IndexOf('?', StringComparison.Ordinal);
        if (q < 0 || q < tail.Length - 1 && tail.IndexOf("utm_", q, StringComparison.OrdinalIgnoreCase) < 0)
        {
            return tail;
        }

        var kept = tail[(q + 1)..].Split('&').Where(p => p.Length > 0 && !p.StartsWith("utm_", StringComparison.OrdinalIgnoreCase)).ToList();
        return kept.Count == 0 ? tail[..q] : tail[..q] + "?" + string.Join('&', kept);
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

        var end = url.IndexOfAny(['/', '?', ':', '#'], start);
        var host = url[start..(end < 0 ? url.Length : end)];
        return host.Contains('.', StringComparison.Ordinal) && !url[start..].StartsWith("applewebdata", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A key under which near-copies of one page meet: the same address with or without a trailing slash,
    /// a trailing encoded space, or Medium's "gi" tracking parameter.
    /// </summary>
    public static string SamePageKey(string url)
    {
        var gi = url.IndexOf("?gi=", StringComparison.Ordinal);
        return (gi >= 0 ? url[..gi] : url).TrimEnd('/', '+', ' ');
    }

    /// <summary>The arXiv identifier of an arXiv abs or pdf link (any version, with or without .pdf), else null.</summary>
    public static string? ArxivId(string? url) => ArxivIds.Find(url);

    /// <summary>True for a string that is itself a URL or a bare domain (as link texts like "arxiv.org" are).</summary>
    public static bool LooksLikeAddress(string text)
    {
        var trimmed = text.Trim().Trim("【】[]()".ToCharArray());
        if (!trimmed.Contains('.', StringComparison.Ordinal))
        {
            return false;
        }

        // A written-out address counts however the translator mangled the rest of it.
        return trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || AddressLike().IsMatch(RemoveWhitespace(trimmed));
    }

    public static string RemoveWhitespace(string s)
    {
        var compact = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (!char.IsWhiteSpace(c))
            {
                compact.Append(c);
            }
        }

        return compact.Length == s.Length ? s : compact.ToString();
    }

    [GeneratedRegex(@"^(?:https?://)?(?:[a-z0-9\-]+\.)+[a-z]{2,}(?:[/?].*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AddressLike();

    [GeneratedRegex(@"(?:%20|\+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingEncodedSpace();
}
