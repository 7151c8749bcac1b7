using System.Text.RegularExpressions;

namespace DigestBot.Digests;

/// <summary>
/// One spelling per link: tracking parameters and fragments dropped, host lower-cased, spaces a
/// translator inserted removed, and every arXiv form reduced to https://arxiv.org/abs/ID.
/// </summary>
public static partial class CanonicalUrl
{
    /// <summary>Where every arXiv link leads once canonical.</summary>
    public const string ArxivAbs = "https://arxiv.org/abs/";

    /// <summary>
    /// Canonical form of a link. A site-relative link ("/analytics-vidhya/…", as Medium writes them) is resolved
    /// against <paramref name="baseUrl"/>, the digest's own address, when one is known.
    /// </summary>
    public static string? Normalize(string? url, string? baseUrl = null) => Normalize(url, baseUrl, out bool _);

    /// <summary>
    /// <see cref="Normalize(string?, string?)"/>, also telling whether the link is an arXiv one: its canonical form is
    /// then <see cref="ArxivAbs"/> and the id (what <see cref="ArxivId"/> reads from it), so a caller wanting the id
    /// takes it from there rather than have one made for every link.
    /// </summary>
    internal static string? Normalize(string? url, string? baseUrl, out bool isArxiv)
    {
        isArxiv = false;
        if (string.IsNullOrEmpty(url))
        {
            return null;
        }

        // Most links are already tidy: no whitespace, brackets, quotes or fragment, not site-relative, no trailing space.
        // Whitespace is among the untidy chars, so only a link holding some can be nothing but whitespace.
        string compact;
        if (url.AsSpan().ContainsAny(Untidy))
        {
            if (string.IsNullOrWhiteSpace(url))
            {
                return null;
            }

            compact = Tidy(url, baseUrl);
        }
        else
        {
            compact = url[0] == '/' || url.EndsWith('+') || url.EndsWith("%20", StringComparison.Ordinal) ? Tidy(url, baseUrl) : url;
        }

        if (ArxivIds.Find(compact) is { IsEmpty: false } arxiv)
        {
            isArxiv = true;
            return compact.Length == ArxivAbs.Length + arxiv.Length && compact.StartsWith(ArxivAbs, StringComparison.Ordinal)
                ? compact
                : string.Concat(ArxivAbs, arxiv);
        }

        var schemeEnd = compact.IndexOf("://", StringComparison.Ordinal);
        var hostEnd = schemeEnd < 0 ? 0 : compact.IndexOfAny(Chars.HostEnd, schemeEnd + 3);
        if (hostEnd < 0)
        {
            hostEnd = compact.Length;
        }

        var head = compact.AsSpan(0, hostEnd).ContainsAnyInRange('A', 'Z') ? compact[..hostEnd].ToLowerInvariant() : null;
        var tail = DropTracking(compact, hostEnd);
        return head is null && tail.Length == compact.Length - hostEnd
            ? compact
            : string.Concat(head ?? compact.AsSpan(0, hostEnd), tail);
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
    public static ReadOnlySpan<char> SamePageKey(string url)
    {
        var gi = url.IndexOf("?gi=", StringComparison.Ordinal);
        return (gi >= 0 ? url.AsSpan(0, gi) : url.AsSpan()).TrimEnd(Chars.PageKeyTail);
    }

    /// <summary>The arXiv identifier of an arXiv abs or pdf link (any version, with or without .pdf), else null.</summary>
    public static string? ArxivId(string? url) => ArxivIds.Read(url);

    /// <summary>True for a string that is itself a URL or a bare domain (as link texts like "arxiv.org" are).</summary>
    public static bool LooksLikeAddress(string text) => LooksLikeAddress(text.AsSpan());

    /// <summary>The same for part of a text, without copying it out.</summary>
    internal static bool LooksLikeAddress(ReadOnlySpan<char> text)
    {
        var trimmed = text.Trim().Trim("【】[]()");
        if (trimmed.IsEmpty || !trimmed.Contains('.'))
        {
            return false;
        }

        if (trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return true; // a written-out address, however the translator mangled the rest of it
        }

        var compact = trimmed.ContainsAny(' ', '\t', '\u3000') ? RemoveWhitespace(trimmed.ToString()) : trimmed;
        return AddressLike().IsMatch(compact);
    }

    /// <summary>The URL from <paramref name="from"/> on without utm_ parameters (a copy is made only when one is dropped).</summary>
    private static ReadOnlySpan<char> DropTracking(string url, int from)
    {
        var q = url.IndexOf('?', from);
        if (q < 0)
        {
            return url.AsSpan(from);
        }

        if (q == url.Length - 1)
        {
            return url.AsSpan(from, q - from);
        }

        if (url.IndexOf("tm_", q, StringComparison.Ordinal) < 0 && url.IndexOf("TM_", q, StringComparison.Ordinal) < 0)
        {
            return url.AsSpan(from);
        }

        var sb = StringBuilderCache.Acquire().Append(url, from, q - from);
        var separator = '?';
        foreach (var range in url.AsSpan(q + 1).Split('&'))
        {
            var parameter = url.AsSpan(q + 1)[range];
            if (parameter.IsEmpty || parameter.StartsWith("utm_", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            sb.Append(separator).Append(parameter);
            separator = '&';
        }

        return StringBuilderCache.ToStringAndRelease(sb).AsSpan();
    }

    [GeneratedRegex(@"^(?:https?://)?(?:[a-z0-9\-]+\.)+[a-z]{2,}(?:[/?].*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AddressLike();
}
