using System.Globalization;
using System.Text.RegularExpressions;

namespace DigestBot.Digests;

/// <summary>What a title or intro line says the digest covers.</summary>
internal sealed record DigestIdentity(DigestKind Kind, int? Year, int? Week, int? Month, int? Issue)
{
    /// <summary>Reads a title: a week ("2020 年第 43 周", "第 3 周，2021", "Week 43, 2020"), a month or an issue number.</summary>
    public static DigestIdentity? FromTitle(string title)
    {
        title = Bounded(title);
        if (FindWeek(title) is { } week)
        {
            return new DigestIdentity(DigestKind.Weekly, week.Year, week.Week, null, null);
        }

        if (FindMonth(title) is { } month)
        {
            return new DigestIdentity(DigestKind.Monthly, month.Year, null, month.Month, null);
        }

        var issue = title.Contains('#', StringComparison.Ordinal) || title.Contains('期', StringComparison.Ordinal)
            || title.Contains("no.", StringComparison.OrdinalIgnoreCase) || title.Contains("issue", StringComparison.OrdinalIgnoreCase)
            ? IdentityPatterns.Issue().Match(title) : Match.Empty;
        return issue.Success
            ? new DigestIdentity(DigestKind.Issue, null, null, null, Text.Number(issue.Groups["n"].Value))
            : null;
    }

    public static (int Year, int Week)? FindWeek(string text)
    {
        text = Bounded(text);
        if (!HasCentury(text) || !text.Contains('周', StringComparison.Ordinal) && !text.Contains("eek", StringComparison.OrdinalIgnoreCase) && !text.Contains("-W", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // By index: a foreach over the read-only list would box an enumerator on every call.
        var patterns = IdentityPatterns.Weeks;
        for (var i = 0; i < patterns.Count; i++)
        {
            var m = patterns[i].Match(text);
            if (m.Success)
            {
                return (Text.Number(m.Groups["y"].Value), Text.Number(m.Groups["w"].Value));
            }
        }

        return null;
    }

    public static (int Year, int Month)? FindMonth(string text)
    {
        text = Bounded(text);
        if (!HasCentury(text))
        {
            return null;
        }

        var m = text.Contains('月', StringComparison.Ordinal) ? IdentityPatterns.MonthZh().Match(text) : Match.Empty;
        if (m.Success)
        {
            return (Text.Number(m.Groups["y"].Value), Text.Number(m.Groups["m"].Value));
        }

        m = text.AsSpan().ContainsAnyInRange('A', 'z') ? IdentityPatterns.MonthEn().Match(text) : Match.Empty;
        if (!m.Success)
        {
            return null;
        }

        var month = DateTime.ParseExact(m.Groups["name"].Value[..3], "MMM", CultureInfo.InvariantCulture).Month;
        return (Text.Number(m.Groups["y"].Value), month);
    }

    /// <summary>
    /// True when the text has a "19" or "20": every week and month pattern needs a year written so, and most intro
    /// lines have none, so they skip the patterns' searches.
    /// </summary>
    private static bool HasCentury(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOfAny('1', '2'); at >= 0 && at < text.Length - 1; at = Next(text, at))
        {
            if (text[at] == '1' ? text[at + 1] == '9' : text[at + 1] == '0')
            {
                return true;
            }
        }

        return false;
    }

    private static int Next(ReadOnlySpan<char> text, int at)
    {
        var next = text[(at + 1)..].IndexOfAny('1', '2');
        return next < 0 ? -1 : at + 1 + next;
    }

    /// <summary>A title or intro line names its week near the start; scanning a bounded prefix keeps junk input cheap.</summary>
    private static string Bounded(string text) => text.Length <= 300 ? text : text[..300];

}
