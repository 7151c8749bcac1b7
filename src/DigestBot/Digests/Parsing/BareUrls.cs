using System.Text;
using System.Text.RegularExpressions;

namespace DigestBot.Digests.Parsing;

/// <summary>URLs written as plain text, including the ones a translator broke up with spaces.</summary>
internal static partial class BareUrls
{
    public static List<string> Find(string text) =>
        MayHoldUrl(text) ? [.. Start().Matches(text).Select(m => Extract(text, m.Index, out _))] : [];

    /// <summary>False when the text holds no URL: it has neither "ttp" nor "TTP".</summary>
    public static bool MayHoldUrl(string text) =>
        text.Contains("ttp", StringComparison.Ordinal) || text.Contains("TTP", StringComparison.Ordinal);

    /// <summary>The text with its bare URLs removed (no space left between two Chinese characters).</summary>
    public static string Remove(string text)
    {
        if (!MayHoldUrl(text))
        {
            return text;
        }

        var sb = new StringBuilder();
        var at = 0;
        for (var m = Start().Match(text); m.Success; m = Start().Match(text, at))
        {
            Extract(text, m.Index, out var length);
            AppendJoined(sb, text[at..m.Index]);
            at = m.Index + Math.Max(length, m.Length);
        }

        AppendJoined(sb, text[at..]);
        return sb.ToString();
    }

    private static void AppendJoined(StringBuilder sb, string piece)
    {
        var trimmed = sb.Length > 0 ? piece.TrimStart() : piece;
        if (trimmed.Length == 0)
        {
            return;
        }

        while (sb.Length > 0 && char.IsWhiteSpace(sb[^1]))
        {
            sb.Length--;
        }

        if (sb.Length > 0 && !(Text.IsCjk(sb[^1]) && Text.IsCjk(trimmed[0])))
        {
            sb.Append(' ');
        }

        sb.Append(trimmed);
    }

    /// <summary>True when the whole text (but for trailing stars and spaces) is one URL.</summary>
    public static bool IsWholeUrl(string text)
    {
        var trimmed = text.Trim();
        if (!MayHoldUrl(trimmed) || Start().Match(trimmed) is not { Success: true, Index: 0 })
        {
            return false;
        }

        var length = UrlLength(trimmed);
        return trimmed[..length].Any(c => !UrlTail.Contains(c) && !char.IsWhiteSpace(c)) && length >= trimmed.TrimEnd('*', ' ').Length;
    }

    /// <summary>What ends a URL written as text: these are removed from its end.</summary>
    private static readonly char[] UrlTail = ['.', ',', '*', ';', ':'];

    private static string Extract(string text, int start, out int length)
    {
        length = UrlLength(text.AsSpan(start));
        return CanonicalUrl.RemoveWhitespace(text.Substring(start, length)).TrimEnd(UrlTail);
    }

    /// <summary>
    /// How far the URL at the start of the text runs: to a CJK character, a bracket or a quote, and, in text with CJK
    /// characters, to the first space. A URL the translator spaced out (in text without them) runs to the end of the line.
    /// </summary>
    private static int UrlLength(ReadOnlySpan<char> rest)
    {
        var spaced = true;
        foreach (var c in rest)
        {
            spaced &= !Text.IsCjk(c);
        }

        var end = 0;
        while (end < rest.Length && !Text.IsCjk(rest[end]) && rest[end] is not ('<' or '>' or '"' or '【' or '】' or '(' or ')' or '[' or ']')
               && (spaced || !char.IsWhiteSpace(rest[end])))
        {
            end++;
        }

        return end;
    }

    [GeneratedRegex(@"https?\s?:\s?//", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Start();
}
