using System.Buffers;
using System.Text.RegularExpressions;

namespace DigestBot.Digests;

/// <summary>The clean-ups a link written by hand or mangled by the translation needs before it can be compared.</summary>
public static partial class CanonicalUrl
{
    /// <summary>The characters <see cref="Tidy"/> has work for: whitespace (as <see cref="char.IsWhiteSpace(char)"/> knows it), brackets, quotes, "#".</summary>
    private static readonly SearchValues<char> Untidy = SearchValues.Create(Chars.WhiteSpace + "<>'\"#");

    /// <summary><see cref="Untidy"/> and "?", for finding both at once.</summary>
    private static readonly SearchValues<char> UntidyOrQuery = SearchValues.Create(Chars.WhiteSpace + "<>'\"#?");

    private static readonly SearchValues<char> Whitespace = SearchValues.Create(Chars.WhiteSpace);

    /// <summary>Trims, removes whitespace, resolves a site-relative link and drops the fragment.</summary>
    private static string Tidy(string url, string? baseUrl)
    {
        var compact = RemoveWhitespace(url.Trim().Trim(Chars.AngleBrackets)).TrimEnd(Chars.Quotes);
        if (compact.EndsWith('+') || compact.EndsWith("%20", StringComparison.Ordinal))
        {
            compact = TrailingEncodedSpace().Replace(compact, "");
        }

        if (compact.StartsWith('/') && !compact.StartsWith("//", StringComparison.Ordinal) && AuthorityOf(baseUrl) is { } authority)
        {
            compact = authority + compact;
        }

        var fragment = compact.IndexOf('#', StringComparison.Ordinal);
        return fragment >= 0 ? compact[..fragment] : compact;
    }

    /// <summary>The digest's address a site-relative link was last resolved against, and its scheme and host.</summary>
    private sealed record BaseAuthority(string BaseUrl, string? Authority);

    private static BaseAuthority? lastBase;

    /// <summary>
    /// "https://medium.com" of a digest's address, or null when it is not an absolute URI. A digest resolves all its
    /// site-relative links against the same address, so the last one's is kept (parsing a <see cref="Uri"/> for every
    /// link was most of what resolving one cost).
    /// </summary>
    private static string? AuthorityOf(string? baseUrl)
    {
        if (baseUrl is null)
        {
            return null;
        }

        if (lastBase is { } last && ReferenceEquals(last.BaseUrl, baseUrl))
        {
            return last.Authority;
        }

        var authority = Uri.TryCreate(baseUrl, UriKind.Absolute, out var root) ? root.GetLeftPart(UriPartial.Authority) : null;
        lastBase = new BaseAuthority(baseUrl, authority);
        return authority;
    }

    public static string RemoveWhitespace(string s)
    {
        var first = s.AsSpan().IndexOfAny(Whitespace);
        if (first < 0)
        {
            return s;
        }

        var sb = StringBuilderCache.Acquire().Append(s, 0, first);
        for (var i = first; i < s.Length; i++)
        {
            if (!char.IsWhiteSpace(s[i]))
            {
                sb.Append(s[i]);
            }
        }

        return StringBuilderCache.ToStringAndRelease(sb);
    }

    [GeneratedRegex(@"(?:%20|\+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingEncodedSpace();
}
