using System.Globalization;
using System.Text.RegularExpressions;

namespace DigestBot.Posts;

/// <summary>
/// Fits a post within its platform's limit. First the sentence is cut at its last clause boundary (，；,;) that
/// fits and ends with "…"; failing that, at the last grapheme boundary that fits (never inside a URL); failing
/// that, the sentence is dropped and the headline cut the same way. The link is never cut.
/// </summary>
public static partial class Shortener
{
    public const string Ellipsis = "…";

    public static PostParts Fit(PostParts parts, IPostFormat format)
    {
        if (format.Measure(parts) <= format.Limit)
        {
            return parts;
        }

        foreach (var clause in Clauses(parts.Sentence))
        {
            var shorter = parts with { Sentence = clause + Ellipsis };
            if (format.Measure(shorter) <= format.Limit)
            {
                return shorter;
            }
        }

        if (Cut(parts.Sentence, s => format.Measure(parts with { Sentence = s }) <= format.Limit) is { } cutSentence)
        {
            return parts with { Sentence = cutSentence };
        }

        var headlineOnly = parts with { Sentence = "" };
        if (format.Measure(headlineOnly) <= format.Limit)
        {
            return headlineOnly;
        }

        return headlineOnly with
        {
            Headline = Cut(parts.Headline, h => format.Measure(headlineOnly with { Headline = h }) <= format.Limit) ?? "",
        };
    }

    /// <summary>The sentence's leading clauses, longest first, each without its closing punctuation.</summary>
    public static IEnumerable<string> Clauses(string sentence)
    {
        for (var i = sentence.Length - 1; i > 0; i--)
        {
            if (sentence[i] is '，' or '；' or ',' or ';' or '、' && !InsideUrl(sentence, i))
            {
                var clause = sentence[..i].TrimEnd();
                if (clause.Length > 0)
                {
                    yield return clause;
                }
            }
        }
    }

    /// <summary>The longest prefix ending at a grapheme boundary, outside any URL, that fits with "…" appended.</summary>
    private static string? Cut(string text, Func<string, bool> fits)
    {
        var boundaries = StringInfo.ParseCombiningCharacters(text);
        int low = 1, high = boundaries.Length - 1, best = -1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            var candidate = Prefix(text, boundaries[mid]);
            if (fits(candidate + Ellipsis))
            {
                best = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return best < 0 || Prefix(text, boundaries[best]) is not { Length: > 0 } prefix ? null : prefix + Ellipsis;
    }

    private static string Prefix(string text, int end)
    {
        foreach (Match url in Url().Matches(text))
        {
            if (end > url.Index && end < url.Index + url.Length)
            {
                end = url.Index;
            }
        }

        return text[..end].TrimEnd();
    }

    private static bool InsideUrl(string text, int i)
    {
        foreach (Match url in Url().Matches(text))
        {
            if (i >= url.Index && i < url.Index + url.Length)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?:https?://|www\.)\S+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Url();
}
