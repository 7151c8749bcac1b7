using System.Globalization;

namespace DigestBot.Digests.Parsing;

/// <summary>The title, the source link and what the intro says; turned into the digest's identity at the end.</summary>
internal sealed class DigestHeader
{
    private string? _title;
    private string? _source;
    private (int Year, int Week)? _introWeek;
    private (int Year, int Month)? _introMonth;
    private DigestIdentity? _titleIdentity;

    public bool HasTitle => _title is not null;

    public bool HasSource => _source is not null;

    public string? Source => _source;

    public int TitleLine { get; private set; } = 1;

    public void SetTitle(string text, int line)
    {
        _title = Text.CleanTitle(text);
        TitleLine = line;
        _titleIdentity = DigestIdentity.FromTitle(_title);
    }

    /// <summary>True while the intro may still say what the title does not: an issue's week, or any identity.</summary>
    public bool NeedsIntro => _titleIdentity is null or { Kind: DigestKind.Issue } && _introWeek is null;

    /// <summary>A quote holding "原文：&lt;url&gt;" (or "Source:"/"Original:") names the original article.</summary>
    public bool TrySetSource(List<Token> tokens)
    {
        var text = TokenLines.VisibleText(tokens);
        if (!text.Contains("原文", StringComparison.Ordinal) && !text.Contains("source", StringComparison.OrdinalIgnoreCase)
            && !text.Contains("original", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var url = tokens.Find(t => t.Kind == TokenKind.Link)?.Url ?? BareUrls.Find(text).FirstOrDefault();
        _source = CanonicalUrl.Normalize(url);
        return _source is not null;
    }

    /// <summary>Text before the first section: an issue states its week here ("2021 年第 23 周(6 月 6 日~)").</summary>
    public void IntroText(string text)
    {
        _introWeek ??= DigestIdentity.FindWeek(text);
        _introMonth ??= DigestIdentity.FindMonth(text);
    }

    public Digest Build(string file, List<DigestPick> picks, List<DigestEntry> entries, ProblemLog problems)
    {
        var identity = Identify(problems);
        return new Digest(file, identity?.Kind, identity?.Year, identity?.Week, identity?.Month, identity?.Issue,
            _title, _source, picks, entries);
    }

    private DigestIdentity? Identify(ProblemLog problems)
    {
        if (_title is null)
        {
            problems.Add(1, "no title found: the file has no heading or text", always: true);
            return null;
        }

        var identity = _titleIdentity;
        if (identity is { Kind: DigestKind.Issue } && _introWeek is { } stated)
        {
            identity = identity with { Year = stated.Year, Week = stated.Week };
        }

        if (identity is null && _introWeek is { } week)
        {
            problems.Add(TitleLine, $"the title \"{_title}\" names no week; took {week.Year}-W{week.Week:00} from the intro");
            identity = new DigestIdentity(DigestKind.Weekly, week.Year, week.Week, null, null);
        }
        else if (identity is null && _introMonth is { } month)
        {
            problems.Add(TitleLine, $"the title \"{_title}\" names no month; took {month.Year}-{month.Month:00} from the intro");
            identity = new DigestIdentity(DigestKind.Monthly, month.Year, null, month.Month, null);
        }
        else if (identity is null)
        {
            problems.Add(TitleLine, $"the title \"{Shorten(_title)}\" names no week, month or issue number", always: true);
        }

        if (identity is { Year: { } y, Week: { } w } && (w < 1 || w > ISOWeek.GetWeeksInYear(y)))
        {
            problems.Add(TitleLine, $"week {w} does not exist in {y} (it has {ISOWeek.GetWeeksInYear(y)} ISO weeks)");
        }

        return identity;
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
