using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DigestBot.Digests;
using DigestBot.Languages;

namespace DigestBot.Commands.Buttons;

/// <summary>
/// The buttons under a week's answer (◀ the week before, the week after ▶, ★ Picks) and under its picks (back to
/// the week), and the callback data they carry: "w:2020-W44" or "p:2020-W43", the digest as /week takes it.
/// </summary>
public static partial class WeekButtons
{
    /// <summary>Telegram's limit on callback_data, in bytes.</summary>
    public const int MaxData = 64;

    public const string WeekPrefix = "w:";
    public const string PicksPrefix = "p:";

    /// <summary>The neighbours that exist (the weeks before and after among the dated digests), and the picks when there are any.</summary>
    public static IReadOnlyList<ReplyButton> ForWeek(Digest digest, IReadOnlyList<Digest> digests, TextSet texts)
    {
        var dated = digests.Where(d => d.Year is not null && d.Week is not null).OrderBy(d => d.Year).ThenBy(d => d.Week).ToList();
        var at = dated.IndexOf(digest);
        var buttons = new List<ReplyButton>(3);
        if (at > 0)
        {
            buttons.Add(new ReplyButton($"◀ {Spec(dated[at - 1])}", WeekPrefix + Spec(dated[at - 1])));
        }

        if (at >= 0 && at < dated.Count - 1)
        {
            buttons.Add(new ReplyButton($"{Spec(dated[at + 1])} ▶", WeekPrefix + Spec(dated[at + 1])));
        }

        if (digest.Picks.Count > 0)
        {
            buttons.Add(new ReplyButton(Posts.WeekComposer.PickMark + texts["PicksButton"], PicksPrefix + Spec(digest)));
        }

        return buttons;
    }

    /// <summary>Under the picks: back to the week.</summary>
    public static IReadOnlyList<ReplyButton> ForPicks(Digest digest) =>
        [new ReplyButton($"↩ {Spec(digest)}", WeekPrefix + Spec(digest))];

    /// <summary>The digest as /week finds it: 2020-W43, 2020-09 (a month), #29 (an undated issue).</summary>
    public static string Spec(Digest digest) => digest switch
    {
        { Year: { } year, Week: { } week } => string.Create(CultureInfo.InvariantCulture, $"{year}-W{week:00}"),
        { Kind: DigestKind.Monthly } => string.Create(CultureInfo.InvariantCulture, $"{digest.Year}-{digest.Month:00}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"#{digest.Issue}"),
    };

    /// <summary>Reads callback data back: (true for picks, the spec), or null when it is not data these buttons make.</summary>
    public static (bool Picks, string Spec)? Read(string? data)
    {
        if (data is null || Encoding.UTF8.GetByteCount(data) > MaxData || DataPattern().Match(data) is not { Success: true } match)
        {
            return null;
        }

        return (match.Groups["kind"].Value == "p", match.Groups["spec"].Value);
    }

    [GeneratedRegex(@"^(?<kind>[wp]):(?<spec>\d{4}-W\d{2}|\d{4}-\d{2}|#\d{1,4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DataPattern();
}
