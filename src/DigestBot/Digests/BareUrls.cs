using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace DigestBot.Digests;

/// <summary>URLs written as plain text, including the ones a translator broke up with spaces.</summary>
internal static partial class BareUrls
{
    public static IReadOnlyList<string> Find(string text)
    {
        if (!MayHoldUrl(text))
        {
            return [];
        }

        // Text with a "ttp" but no URL (a word like "http" alone) gets no list of its own.
        List<string>? urls = null;
        foreach (var m in Start().EnumerateMatches(text))
        {
            (urls ??= []).Add(Extract(text, m.Index));
        }

        return urls ?? (IReadOnlyList<string>)[];
    }

    /// <summary>
    /// False when the text holds no URL: it has neither "ttp" nor "TTP". Text without them has none in any part of it,
    /// so a caller that checked a whole line may skip the lookups in its pieces.
    /// </summary>
    public static bool MayHoldUrl(ReadOnlySpan<char> text) =>
        // One case-blind search first (most text has neither), then the two exact ones only where it found something.
        text.Contains("ttp", StringComparison.OrdinalIgnoreCase)
        && (text.Contains("ttp", StringComparison.Ordinal) || text.Contains("TTP", StringComparison.Ordinal));

    /// <summary>The text with its bare URLs removed (no space left between two Chinese characters).</summary>
    public static string Remove(string text)
    {
        if (!MayHoldUrl(text))
        {
            return text;
        }

        var sb = StringBuilderCache.Acquire();
        var at = 0;
        for (var m = Start().Match(text); m.Success; m = Start().Match(text, at))
        {
            Extract(text, m.Index, out var length);
            AppendJoined(sb, text.AsSpan(at, m.Index - at));
            at = m.Index + Math.Max(length, m.Length);
        }

        AppendJoined(sb, text.AsSpan(at));
        return StringBuilderCache.ToStringAndRelease(sb);
    }

    private static void AppendJoined(StringBuilder sb, ReadOnlySpan<char> piece)
    {
        var trimmed = sb.Length > 0 ? piece.TrimStart() : piece;
        if (trimmed.IsEmpty)
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

    /// <summary>True when the whole text is one URL.</summary>
    public static bool IsWholeUrl(ReadOnlySpan<char> text)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith("https://", StringComparison.Ordinal) || trimmed.StartsWith("http://", StringComparison.Ordinal))
        {
            // The usual address: it holds "ttp", and the first match of Start is the one it begins with.
            return IsUrlToTheEnd(trimmed);
        }

        // Trimming takes off no letter of a "ttp", so the trimmed text may hold a URL when the text may.
        if (trimmed.Length == 0 || trimmed[0] is not ('h' or 'H') || !MayHoldUrl(trimmed))
        {
            return false; // the first match must start the text, and every match starts with "http"
        }

        var matches = Start().EnumerateMatches(trimmed);
        return matches.MoveNext() && matches.Current.Index == 0 && IsUrlToTheEnd(trimmed);
    }

    /// <summary>
    /// Whether Extract would give a URL that runs to the end of the text (but for stars and spaces), without making it:
    /// it is empty only when nothing but whitespace and the chars it trims off the end was read.
    /// </summary>
    private static bool IsUrlToTheEnd(ReadOnlySpan<char> text)
    {
        var length = UrlLength(text);
        return text[..length].ContainsAnyExcept(UrlTailOrWhitespace) && length >= text.TrimEnd(Chars.StarOrSpace).Length;
    }

    /// <summary>The ASCII chars that end a URL in <see cref="UrlLength"/>.</summary>
    private static readonly SearchValues<char> AsciiUrlEnd = SearchValues.Create("<>\"()[]");

    /// <summary>The chars <see cref="Extract(ReadOnlySpan{char}, int, out int)"/> removes or trims off the end of a URL.</summary>
    private static readonly SearchValues<char> UrlTailOrWhitespace = SearchValues.Create(".,*;:" + Chars.WhiteSpace);

    private static string Extract(string text, int start) => Extract(text, start, out _);

    private static string Extract(ReadOnlySpan<char> text, int start, out int length)
    {
        var rest = text[start..];
        length = UrlLength(rest);
        return CanonicalUrl.RemoveWhitespace(rest[..length].ToString()).TrimEnd(Chars.UrlTail);
    }

    /// <summary>How far the URL at the start of the text runs.</summary>
    private static int UrlLength(ReadOnlySpan<char> rest)
    {
        if (!rest.ContainsAnyExceptInRange('\0', '\x7f'))
        {
            // ASCII only, as the usual address is: no CJK char (so a space does not end it) and no corner bracket.
            var stop = rest.IndexOfAny(AsciiUrlEnd);
            return stop < 0 ? rest.Length : stop;
        }

        // A URL the translator spaced out runs to the end of the line; a normal one ends at the first space.
        var spaced = !ContainsCjk(rest);
        var end = 0;
        while (end < rest.Length)
        {
            var c = rest[end];
            if (Text.IsCjk(c) || c is '<' or '>' or '"' or '【' or '】' or '(' or ')' or '[' or ']' || (!spaced && Text.IsWhiteSpace(c)))
            {
                break;
            }

            end++;
        }

        return end;
    }

    /// <summary>True when any character is one <see cref="Text.IsCjk"/> accepts (its three ranges, searched vectorized).</summary>
    private static bool ContainsCjk(ReadOnlySpan<char> s) =>
        s.ContainsAnyInRange('\u3000', '\u9fff') || s.ContainsAnyInRange('\uff00', '\uffef') || s.ContainsAnyInRange('\uac00', '\ud7af');

    [GeneratedRegex(@"https?\s?:\s?//", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Start();
}
