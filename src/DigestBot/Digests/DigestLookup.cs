using System.Globalization;
using System.Text.RegularExpressions;
using DigestBot.Digests.Parsing;

namespace DigestBot.Digests;

/// <summary>
/// Finds a digest by what people type: "2020-W43" or "2020-43" (a week, also an issue that states that week),
/// "43" (the latest year that has week 43), "#29" (an issue), "2020-09" (the month, when a monthly summary
/// exists for it, else week 9).
/// </summary>
public static partial class DigestLookup
{
    public static Digest? Find(IReadOnlyList<Digest> digests, string spec)
    {
        var text = spec.Trim();
        if (Issue().Match(text) is { Success: true } issue)
        {
            return digests.FirstOrDefault(d => d.Kind == DigestKind.Issue && d.Issue == Text.Number(issue.Groups["n"].Value));
        }

        if (YearWeek().Match(text) is { Success: true } yw)
        {
            var year = Text.Number(yw.Groups["y"].Value);
            var number = Text.Number(yw.Groups["n"].Value);
            if (!yw.Groups["w"].Success && number <= 12
                && digests.FirstOrDefault(d => d.Kind == DigestKind.Monthly && d.Year == year && d.Month == number) is { } monthly)
            {
                return monthly;
            }

            return Week(digests, year, number);
        }

        if (WeekOnly().Match(text) is { Success: true } w)
        {
            var week = Text.Number(w.Groups["n"].Value);
            return digests.Where(d => d.Week == week && d.Year is not null).OrderByDescending(d => d.Year).ThenBy(Preference).FirstOrDefault();
        }

        return null;
    }

    /// <summary>The most recent weekly digest or dated issue (the latest ISO week), or null.</summary>
    public static Digest? Latest(IReadOnlyList<Digest> digests) =>
        digests.Where(d => d.Year is not null && d.Week is not null).OrderBy(d => d.Year).ThenBy(d => d.Week).LastOrDefault();

    /// <summary>The digests people can ask for, as they would type them: 2020-W43, 2020-09, #29.</summary>
    public static IReadOnlyList<string> Available(IReadOnlyList<Digest> digests) =>
        digests.Where(d => d.Kind is not null)
            .OrderBy(d => d.Year ?? int.MaxValue).ThenBy(d => d.Week ?? d.Month ?? 0).ThenBy(d => d.Issue ?? 0)
            .Select(d => d.Kind switch
            {
                DigestKind.Weekly => string.Create(CultureInfo.InvariantCulture, $"{d.Year}-W{d.Week:00}"),
                DigestKind.Monthly => string.Create(CultureInfo.InvariantCulture, $"{d.Year}-{d.Month:00}"),
                _ => string.Create(CultureInfo.InvariantCulture, $"#{d.Issue}"),
            })
            .ToList();

    private static Digest? Week(IReadOnlyList<Digest> digests, int year, int week) =>
        digests.Where(d => d.Year == year && d.Week == week).OrderBy(Preference).FirstOrDefault();

    /// <summary>A weekly digest before an issue of the same week.</summary>
    private static int Preference(Digest d) => d.Kind == DigestKind.Weekly ? 0 : 1;


    [GeneratedRegex(@"^#\s*(?<n>\d{1,4})$", RegexOptions.CultureInvariant)]
    private static partial Regex Issue();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<w>[Ww])?(?<n>\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex YearWeek();

    [GeneratedRegex(@"^[Ww]?(?<n>\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex WeekOnly();
}
