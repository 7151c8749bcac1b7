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
            ? new DigestIdentity(DigestKind.Issue, null, null, null, Number(issue.Groups["n"].Value))
            : null;
    }

    public static (int Year, int Week)? FindWeek(string text)
    {
        text = Bounded(text);
        if (!text.Contains('周', StringComparison.Ordinal) && !text.Contains("eek", StringComparison.OrdinalIgnoreCase) && !text.Contains("-W", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        foreach (var pattern in IdentityPatterns.Weeks)
        {
            var m = pattern.Match(text);
            if (m.Success)
            {
                return (Number(m.Groups["y"].Value), Number(m.Groups["w"].Value));
            }
        }

        return null;
    }

    public static (int Year, int Month)? FindMonth(string text)
    {
        text = Bounded(text);
        var m = text.Contains('月', StringComparison.Ordinal) ? IdentityPatterns.MonthZh().Match(text) : Match.Empty;
        if (m.Success)
        {
            return (Number(m.Groups["y"].Value), Number(m.Groups["m"].Value));
        }

        m = text.AsSpan().ContainsAnyInRange('A', 'z') ? IdentityPatterns.MonthEn().Match(text) : Match.Empty;
        if (!m.Success)
        {
            return null;
        }

        var month = DateTime.ParseExact(m.Groups["name"].Value[..3], "MMM", CultureInfo.InvariantCulture).Month;
        return (Number(m.Groups["y"].Value), month);
    }

    /// <summary>A title or intro line names its week near the start; scanning a bounded prefix keeps junk input cheap.</summary>
    private static string Bounded(string text) => text.Length <= 300 ? text : text[..300];

    private static int Number(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);
}
