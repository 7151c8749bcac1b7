using System.Globalization;
using System.Text.RegularExpressions;

namespace DigestBot.Digests.Parsing;

/// <summary>What a title or intro line says the digest covers: a week, a month or an issue number, in Chinese or English.</summary>
internal sealed partial record DigestIdentity(DigestKind Kind, int? Year, int? Week, int? Month, int? Issue)
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Reads a title: a week ("2020 年第 43 周", "第 3 周，2021", "Week 43, 2020"), a month or an issue number.</summary>
    public static DigestIdentity? FromTitle(string title)
    {
        if (FindWeek(title) is { } week)
        {
            return new DigestIdentity(DigestKind.Weekly, week.Year, week.Week, null, null);
        }

        if (FindMonth(title) is { } month)
        {
            return new DigestIdentity(DigestKind.Monthly, month.Year, null, month.Month, null);
        }

        return IssueNumber().Match(Bounded(title)) is { Success: true } issue
            ? new DigestIdentity(DigestKind.Issue, null, null, null, Text.Number(issue.Groups["n"].Value))
            : null;
    }

    /// <summary>A week is written with "周", "week" or "-W" ("2020-W43"); "2020 W43" alone is not taken for one.</summary>
    public static (int Year, int Week)? FindWeek(string text)
    {
        text = Bounded(text);
        if (!text.Contains('周', StringComparison.Ordinal) && !text.Contains("eek", StringComparison.OrdinalIgnoreCase)
            && !text.Contains("-W", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        Regex[] patterns = [WeekYearFirst(), WeekWeekFirst(), WeekEnYearLast(), WeekEnYearFirst()];
        return patterns.Select(p => p.Match(text)).FirstOrDefault(m => m.Success) is { } found
            ? (Text.Number(found.Groups["y"].Value), Text.Number(found.Groups["w"].Value))
            : null;
    }

    public static (int Year, int Month)? FindMonth(string text)
    {
        text = Bounded(text);
        if (MonthZh().Match(text) is { Success: true } zh)
        {
            return (Text.Number(zh.Groups["y"].Value), Text.Number(zh.Groups["m"].Value));
        }

        if (MonthEn().Match(text) is not { Success: true } en)
        {
            return null;
        }

        var month = DateTime.ParseExact(en.Groups["name"].Value[..3], "MMM", CultureInfo.InvariantCulture).Month;
        return (Text.Number(en.Groups["y"].Value), month);
    }

    /// <summary>A title or intro line names its week near the start; only its first 300 characters are read.</summary>
    private static string Bounded(string text) => text.Length <= 300 ? text : text[..300];

    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})\s*年\s*第\s*(?<w>\d{1,2})\s*周", Options)]
    private static partial Regex WeekYearFirst();

    [GeneratedRegex(@"第\s*(?<w>\d{1,2})\s*周\s*[，,、]?\s*(?<y>(?:19|20)\d{2})(?!\d)", Options)]
    private static partial Regex WeekWeekFirst();

    [GeneratedRegex(@"\bweek\s*-?\s*(?<w>\d{1,2})\b[\s,，\-–—]*(?:of\s+)?(?<y>(?:19|20)\d{2})\b", Options)]
    private static partial Regex WeekEnYearLast();

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d{2})\s*[-–—]?\s*W(?:eek)?\s*-?\s*(?<w>\d{1,2})\b", Options)]
    private static partial Regex WeekEnYearFirst();

    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})\s*年\s*(?<m>1[0-2]|0?[1-9])\s*月", Options)]
    private static partial Regex MonthZh();

    [GeneratedRegex(@"\b(?<name>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*,?\s*(?<y>(?:19|20)\d{2})\b", Options)]
    private static partial Regex MonthEn();

    [GeneratedRegex(@"(?:第\s*(?<n>\d{1,4})\s*期|#\s*第?\s*(?<n>\d{1,3})(?![\d年])|\bissue\s*(?:no\.?\s*)?#?\s*(?<n>\d{1,4})\b|\bno\.\s*(?<n>\d{1,4})\b)", Options)]
    private static partial Regex IssueNumber();
}
