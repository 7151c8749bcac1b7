using System.Text.RegularExpressions;

namespace DigestBot.Digests;

/// <summary>Reads the arXiv identifier of an arXiv abs or pdf link, any version, with or without .pdf.</summary>
internal static partial class ArxivIds
{
    /// <summary>The arXiv identifier of an arXiv abs or pdf link (any version, with or without .pdf), else null.</summary>
    public static string? Read(string? url)
    {
        var id = Find(url);
        return id.IsEmpty ? null : id.ToString();
    }

    /// <summary>
    /// <see cref="Read"/> without copying the id out: the part of <paramref name="url"/> that is its id, empty when it
    /// has none (no id is ever empty). Callers that only need to know whether a link is an arXiv one allocate nothing.
    /// </summary>
    public static ReadOnlySpan<char> Find(string? url) => string.IsNullOrEmpty(url) ? default : Find(url, HostStarts);

    /// <summary>
    /// <see cref="Find(string?)"/> for a link starting "https://" or "http://" (<paramref name="hostStart"/> after it): an
    /// arXiv host can then only start right there or after its "www." or "export.", as the prefixes an arXiv host may
    /// have are exactly those three after a scheme, and the shorter ones differ from the start of either scheme.
    /// </summary>
    public static ReadOnlySpan<char> FindInWebLink(string url, int hostStart) =>
        Find(url, hostStart == "https://".Length ? HttpsHostStarts : HttpHostStarts);

    private static ReadOnlySpan<char> Find(string url, ReadOnlySpan<byte> hostStarts)
    {

        // The canonical spelling, the common one, read directly: nothing before its "iv.org/" can be another one, and
        // a new-style id has no "/", ".pdf" or version to take off.
        if (url.StartsWith(CanonicalUrl.ArxivAbs, StringComparison.Ordinal))
        {
            var id = url.AsSpan(CanonicalUrl.ArxivAbs.Length);
            var idEnd = id.IndexOfAny('?', '#');
            id = idEnd < 0 ? id : id[..idEnd];
            if (IsNewStyleId(id))
            {
                return id;
            }
        }
        else if (!MayHaveArxivHost(url, hostStarts))
        {
            return default;
        }

        // The first "iv.org/" (else the first "IV.ORG/") counts only when a host prefix ends just before it, so only the
        // start of the link need be searched; a later lowercase one still rules out an uppercase one near the start.
        var start = url.AsSpan(0, Math.Min(url.Length, HostWindow));
        var at = start.IndexOf("iv.org/", StringComparison.Ordinal);
        if (at < 0)
        {
            at = start.IndexOf("IV.ORG/", StringComparison.Ordinal);
            if (at < 0 || url.Contains("iv.org/", StringComparison.Ordinal))
            {
                return default;
            }
        }

        at -= 2; // back to "rxiv.org/"
        if (at < 1 || !url.AsSpan(at).StartsWith("rxiv.org/", StringComparison.OrdinalIgnoreCase) || !IsArxivHost(url.AsSpan(0, at)))
        {
            return default;
        }

        var rest = url.AsSpan(at + "rxiv.org/".Length);
        if (!rest.StartsWith("abs/", StringComparison.Ordinal) && !rest.StartsWith("pdf/", StringComparison.Ordinal))
        {
            return default;
        }

        rest = rest[4..];
        var end = rest.IndexOfAny('?', '#');
        rest = (end < 0 ? rest : rest[..end]).TrimEnd('/');
        if (rest.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            rest = rest[..^4];
        }

        rest = WithoutVersion(rest);
        return IsNewStyleId(rest) || OldStyleId().IsMatch(rest) ? rest : default;
    }

    /// <summary>The longest prefix ("https://export."), the "a" and "rx" before "iv.org/", and "iv.org/" itself.</summary>
    private const int HostWindow = 15 + 1 + 2 + 7;

    /// <summary>Where "arxiv.org/" starts after each allowed prefix: the lengths of <see cref="ArxivPrefixes"/>.</summary>
    private static ReadOnlySpan<byte> HostStarts => [0, 4, 7, 8, 11, 12, 14, 15];

    /// <summary>The <see cref="HostStarts"/> a link starting "https://" can have: after "https://", "https://www.", "https://export.".</summary>
    private static ReadOnlySpan<byte> HttpsHostStarts => [8, 12, 15];

    /// <summary>The same for "http://".</summary>
    private static ReadOnlySpan<byte> HttpHostStarts => [7, 11, 14];

    /// <summary>
    /// False when no "arxiv.org/" (in any case) starts at one of <paramref name="hostStarts"/> (ascending), which any link
    /// with an arXiv host has: its "." and "/" (which no other char matches, in any case) are looked at, and nothing is searched.
    /// </summary>
    private static bool MayHaveArxivHost(string url, ReadOnlySpan<byte> hostStarts)
    {
        foreach (var start in hostStarts)
        {
            if (start + 10 > url.Length)
            {
                return false;
            }

            if (url[start + 5] == '.' && url[start + 9] == '/')
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] ArxivPrefixes =
        ["", "http://", "https://", "www.", "http://www.", "https://www.", "export.", "http://export.", "https://export."];

    /// <summary>What may stand before "arxiv.org/": a scheme, "www." or "export.", or nothing (the "a" is the char before "rxiv").</summary>
    private static bool IsArxivHost(ReadOnlySpan<char> before)
    {
        if (before.Length == 0 || before[^1] is not ('a' or 'A'))
        {
            return false;
        }

        var prefix = before[..^1];
        foreach (var allowed in ArxivPrefixes)
        {
            if (prefix.Equals(allowed, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> WithoutVersion(ReadOnlySpan<char> id)
    {
        var v = id.LastIndexOfAny('v', 'V');
        if (v <= 0 || v == id.Length - 1)
        {
            return id;
        }

        foreach (var c in id[(v + 1)..])
        {
            if (!char.IsAsciiDigit(c))
            {
                return id;
            }
        }

        return id[..v];
    }

    /// <summary>YYMM.NNNNN (or NNNN before 2015).</summary>
    private static bool IsNewStyleId(ReadOnlySpan<char> id)
    {
        if (id.Length is < 9 or > 10 || id[4] != '.')
        {
            return false;
        }

        for (var i = 0; i < id.Length; i++)
        {
            if (i != 4 && !char.IsAsciiDigit(id[i]))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"^[a-z\-]+(?:\.[A-Z]{2})?/\d{7}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OldStyleId();
}
