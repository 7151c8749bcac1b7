using System.Text.RegularExpressions;

namespace DigestBot.Digests;

/// <summary>The ways the series writes a week, a month and an issue number, in Chinese and English.</summary>
internal static partial class IdentityPatterns
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static IReadOnlyList<Regex> Weeks { get; } = [WeekYearFirst(), WeekWeekFirst(), WeekEnYearLast(), WeekEnYearFirst()];

    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})\s*年\s*第\s*(?<w>\d{1,2})\s*周", Options)]
    private static partial Regex WeekYearFirst();

    [GeneratedRegex(@"第\s*(?<w>\d{1,2})\s*周\s*[，,、]?\s*(?<y>(?:19|20)\d{2})(?!\d)", Options)]
    private static partial Regex WeekWeekFirst();

    [GeneratedRegex(@"\bweek\s*-?\s*(?<w>\d{1,2})\b[\s,，\-–—]*(?:of\s+)?(?<y>(?:19|20)\d{2})\b", Options)]
    private static partial Regex WeekEnYearLast();

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d{2})\s*[-–—]?\s*W(?:eek)?\s*-?\s*(?<w>\d{1,2})\b", Options)]
    private static partial Regex WeekEnYearFirst();

    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})\s*年\s*(?<m>1[0-2]|0?[1-9])\s*月", Options)]
    public static partial Regex MonthZh();

    [GeneratedRegex(@"\b(?<name>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*,?\s*(?<y>(?:19|20)\d{2})\b", Options)]
    public static partial Regex MonthEn();

    [GeneratedRegex(@"(?:第\s*(?<n>\d{1,4})\s*期|#\s*第?\s*(?<n>\d{1,3})(?![\d年])|\bissue\s*(?:no\.?\s*)?#?\s*(?<n>\d{1,4})\b|\bno\.\s*(?<n>\d{1,4})\b)", Options)]
    public static partial Regex Issue();
}
