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
        if (string.IsNullOrEmpty(url))
        {
            isArxiv = false;
            return null;
        }

        return NormalizePlain(url, out isArxiv, out _) ?? NormalizeAny(url, baseUrl, out isArxiv);
    }

    /// <summary>
    /// An entry's link in canonical form, or null when it has none or is no web address (<see cref="IsWebAddress"/>);
    /// also whether it is an arXiv one and the length of its <see cref="SamePageKey"/> (a prefix of it; an arXiv link's
    /// canonical form is its own key). A plain link's key and web check come from what normalizing it found.
    /// </summary>
    internal static string? ForEntry(string url, string? baseUrl, out bool isArxiv, out int keyLength)
    {
        keyLength = 0;
        if (url.Length == 0)
        {
            isArxiv = false;
            return null;
        }

        if (NormalizePlain(url, out isArxiv, out var plain) is { } canonical)
        {
            if (!isArxiv && !plain.IsWeb(canonical))
            {
                return null;
            }

            // An arXiv link's canonical form is an https://arxiv.org/abs/ address ending in its id's last digit: its own key.
            // Without a query no "?gi=" can be in a link, so its key is the link less its tail.
            keyLength = isArxiv ? canonical.Length
                : plain.HasQuery ? SamePageKey(canonical).Length : canonical.AsSpan().TrimEnd(Chars.PageKeyTail).Length;
            return canonical;
        }

        if (NormalizeAny(url, baseUrl, out isArxiv) is not { } any || !(isArxiv || IsWebAddress(any)))
        {
            return null;
        }

        keyLength = isArxiv ? any.Length : SamePageKey(any).Length;
        return any;
    }

    /// <summary>What <see cref="NormalizePlain"/> read of a link's canonical form besides the form itself.</summary>
    /// <param name="HostStart">Where its host starts, after "https://" or "http://".</param>
    /// <param name="HostHasDot">Whether its host, as <see cref="IsWebAddress"/> reads it, holds a ".".</param>
    /// <param name="HasQuery">Whether it holds a "?" (only a query it kept can).</param>
    private readonly record struct PlainLink(int HostStart, bool HostHasDot, bool HasQuery)
    {
        /// <summary><see cref="IsWebAddress"/> of the canonical form: its scheme is known to be http(s).</summary>
        public bool IsWeb(string canonical) =>
            HostHasDot && !canonical.AsSpan(HostStart).StartsWith("applewebdata", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// <see cref="NormalizeAny"/> for the common link, or null when the link is not one: "https://" or "http://" and
    /// nothing <see cref="Tidy"/> has work for, so the link is its own compact form. One search tells what the general
    /// path searches for four times: that nothing is untidy, where the scheme ends, and the first "?" (the host ends at
    /// the first "/" or "?", so that "?" is also the first one after the host, where the query starts). The host alone
    /// is then searched for the "/" ending it, for upper case, and for what the web check needs.
    /// </summary>
    private static string? NormalizePlain(string url, out bool isArxiv, out PlainLink plain)
    {
        isArxiv = false;
        plain = default;
        var hostStart = url.StartsWith("https://", StringComparison.Ordinal) ? 8
            : url.StartsWith("http://", StringComparison.Ordinal) ? 7 : 0;
        if (hostStart == 0 || url.EndsWith('+') || url.EndsWith("%20", StringComparison.Ordinal))
        {
            return null;
        }

        var query = url.AsSpan(hostStart).IndexOfAny(UntidyOrQuery);
        if (query >= 0)
        {
            query += hostStart;
            if (url[query] != '?' || url.AsSpan(query + 1).ContainsAny(Untidy))
            {
                return null;
            }
        }

        if (ArxivIds.FindInWebLink(url, hostStart) is { IsEmpty: false } arxiv)
        {
            isArxiv = true;
            return ArxivForm(url, arxiv);
        }

        // The host ends at the first "/" before the query; as IsWebAddress reads it, at a ":" before that too (a "#" cannot occur).
        var rest = url.AsSpan(hostStart, (query < 0 ? url.Length : query) - hostStart);
        var slash = rest.IndexOf('/');
        var host = slash < 0 ? rest : rest[..slash];
        var dotOrPort = host.IndexOfAny('.', ':');
        var hostEnd = hostStart + host.Length;
        var canonical = Join(url, hostEnd, host.ContainsAnyInRange('A', 'Z'), DropTracking(url, hostEnd, query));

        // Lower-casing keeps every char's place and makes no ".", ":" or "?"; a dropped query leaves the link ending where it began.
        plain = new PlainLink(hostStart, dotOrPort >= 0 && host[dotOrPort] == '.', query >= 0 && canonical.Length > query);
        return canonical;
    }

    /// <summary>The canonical form of any link, whatever it needs tidying.</summary>
    private static string? NormalizeAny(string url, string? baseUrl, out bool isArxiv)
    {
        isArxiv = false;

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
            return ArxivForm(compact, arxiv);
        }

        var schemeEnd = compact.IndexOf("://", StringComparison.Ordinal);
        var hostEnd = schemeEnd < 0 ? 0 : compact.IndexOfAny(Chars.HostEnd, schemeEnd + 3);
        if (hostEnd < 0)
        {
            hostEnd = compact.Length;
        }

        var upper = compact.AsSpan(0, hostEnd).ContainsAnyInRange('A', 'Z');
        return Join(compact, hostEnd, upper, DropTracking(compact, hostEnd, compact.IndexOf('?', hostEnd)));
    }

    /// <summary>An arXiv link's canonical form: the link itself when it is already that.</summary>
    private static string ArxivForm(string compact, ReadOnlySpan<char> arxiv) =>
        compact.Length == ArxivAbs.Length + arxiv.Length && compact.StartsWith(ArxivAbs, StringComparison.Ordinal)
            ? compact
            : string.Concat(ArxivAbs, arxiv);

    /// <summary>The link's head up to <paramref name="hostEnd"/>, lower-cased when it has upper case, and its tail.</summary>
    private static string Join(string compact, int hostEnd, bool upper, ReadOnlySpan<char> tail) =>
        !upper && tail.Length == compact.Length - hostEnd
            ? compact
            : string.Concat(upper ? compact[..hostEnd].ToLowerInvariant() : compact.AsSpan(0, hostEnd), tail);

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

    /// <summary>
    /// The URL from <paramref name="from"/> on without utm_ parameters, given its first "?" from there on (a copy is made
    /// only when some parameter is dropped and another kept: when all are dropped, what is left is the part before the "?").
    /// </summary>
    private static ReadOnlySpan<char> DropTracking(string url, int from, int q)
    {
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

        var query = url.AsSpan(q + 1);
        if (!KeepsAny(query))
        {
            return url.AsSpan(from, q - from);
        }

        var sb = StringBuilderCache.Acquire().Append(url, from, q - from);
        var separator = '?';
        foreach (var range in query.Split('&'))
        {
            var parameter = query[range];
            if (IsDropped(parameter))
            {
                continue;
            }

            sb.Append(separator).Append(parameter);
            separator = '&';
        }

        return StringBuilderCache.ToStringAndRelease(sb).AsSpan();
    }

    /// <summary>Whether any of the query's "&amp;"-separated parameters is kept (the parts <c>Split('&amp;')</c> yields).</summary>
    private static bool KeepsAny(ReadOnlySpan<char> query)
    {
        while (true)
        {
            var amp = query.IndexOf('&');
            if (!IsDropped(amp < 0 ? query : query[..amp]))
            {
                return true;
            }

            if (amp < 0)
            {
                return false;
            }

            query = query[(amp + 1)..];
        }
    }

    private static bool IsDropped(ReadOnlySpan<char> parameter) =>
        parameter.IsEmpty || parameter.StartsWith("utm_", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(?:https?://)?(?:[a-z0-9\-]+\.)+[a-z]{2,}(?:[/?].*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AddressLike();
}
