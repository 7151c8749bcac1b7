using System.Numerics;

namespace DigestBot.Digests;

/// <summary>Decides from a heading's text whether it opens a section, the picks, a footer, or an entry.</summary>
internal static class HeadingClassifier
{
    /// <summary>
    /// The words of a footer, of the picks and "特稿" (featured), in one set: a heading is searched once for all three
    /// (<see cref="FooterGroup"/>, <see cref="PicksGroup"/>, <see cref="FeaturedGroup"/>), which it then ranks in that order.
    /// </summary>
    private static readonly WordSet HeadlineWords = new(
        ["过去的", "往期", "以前的", "推特", "关于我", "我的 github", "其他博客", "时事通讯", "新闻信", "订阅",
         "past articles", "past issues", "previous issues", "newsletter", "subscribe", "about me", "twitter"],
        ["精选", "编辑推荐", "编辑的选择", "pick"],
        ["特稿"]);

    private const int FooterGroup = 1;
    private const int PicksGroup = 2;
    private const int FeaturedGroup = 4;

    private static readonly string[] ExactSectionNames =
        ["机器学习论文", "论文", "报纸", "技术文章", "机器学习技术相关文章", "机器学习用例的例子", "机器学习用例", "机器学习应用的例子",
         "其他主题", "本周特稿/新闻", "papers", "machine learning papers", "technical articles", "articles",
         "examples of machine learning use cases", "use cases", "other topics", "featured"];

    /// <summary>Footers are short ("过去的时事通讯", "🌟我每周发布时事通讯！请订阅！🌟"); a long heading is a headline.</summary>
    private const int MaxFooterLength = 40;

    public static (HeadingRole Role, Section Section, string Name) Classify(string text, bool numberedSectionsOnly) =>
        ClassifyClean(Text.Clean(text), numberedSectionsOnly);

    /// <summary><see cref="Classify"/> of text that is already clean (a line's visible text).</summary>
    public static (HeadingRole Role, Section Section, string Name) ClassifyClean(string clean, bool numberedSectionsOnly)
    {
        var name = NormalizeClean(clean);
        if (name.Length == 0)
        {
            return (HeadingRole.Separator, default, name);
        }

        if (NumberedNameStart(name) is var start && start >= 0)
        {
            var sectionName = NumberedName(name, start);
            return SectionFor(sectionName) is { } s
                ? (HeadingRole.Section, s, sectionName)
                : (HeadingRole.UnknownSection, default, sectionName);
        }

        // The footer and picks words are looked for in the lower-cased name without making that copy; the name is
        // lower-cased only when it is as long as a section name and may be one.
        if (!numberedSectionsOnly && MayBeSectionName(name)
            && Lower(name) is var lower && Array.IndexOf(ExactSectionNames, lower) >= 0 && SectionFor(lower) is { } exact)
        {
            return (HeadingRole.Section, exact, name);
        }

        // "特稿" is found in the lower-cased name as in the name: no other character lower-cases to its characters.
        var found = HeadlineWords.GroupsInLowerCased(name);
        if ((found & FooterGroup) != 0 && name.Length <= MaxFooterLength)
        {
            return (HeadingRole.Footer, default, name);
        }

        return (found & PicksGroup) != 0 ? (HeadingRole.Picks, default, name)
            : (found & FeaturedGroup) != 0 ? (HeadingRole.IntroFeatured, default, name)
            : (HeadingRole.Plain, default, name);
    }

    /// <summary>
    /// True when <see cref="ClassifyClean"/> would find a section, known or not: its first two checks, without the
    /// footer and picks ones (an embed card's blurb heading only needs to be told from a section).
    /// </summary>
    public static bool IsSectionClean(string clean, bool numberedSectionsOnly)
    {
        var name = NormalizeClean(clean);
        return name.Length > 0
            && (IsNumberedName(name)
                || !numberedSectionsOnly && MayBeSectionName(name)
                    && Lower(name) is var lower && Array.IndexOf(ExactSectionNames, lower) >= 0 && SectionFor(lower) is not null);
    }

    /// <summary>The "name" group of a numbered name, from where <see cref="NumberedNameStart"/> found it, trimmed.</summary>
    private static string NumberedName(string numbered, int start)
    {
        var end = numbered.EndsWith('\n') ? numbered.Length - 1 : numbered.Length;
        return numbered[start..end].Trim();
    }

    private static string Lower(string name) => name.AsSpan().ContainsAnyInRange('A', 'Z') ? Text.LowerInvariant(name) : name;

    /// <summary>True when a heading's (normalized) text is exactly one of the known section names.</summary>
    public static bool IsSectionName(string name) =>
        MayBeSectionName(name) && Array.IndexOf(ExactSectionNames, Text.LowerInvariant(name)) >= 0;

    /// <summary>The lengths of <see cref="ExactSectionNames"/>, one bit each (lower-casing keeps a string's length).</summary>
    private static readonly ulong SectionNameLengths = ExactSectionNames.Aggregate(0UL, (bits, n) => bits | (1UL << n.Length));

    /// <summary>The last characters of <see cref="ExactSectionNames"/>.</summary>
    private static readonly string SectionNameEnds = string.Concat(ExactSectionNames.Select(n => n[^1]).Distinct());

    /// <summary>
    /// False for most headings without lower-casing them: a section name has one of a few lengths and ends with one of a
    /// few characters. Lower-casing keeps a string's length, turns an ASCII character into its lower-case form and
    /// leaves a CJK ideograph as it is, so such a last character rules a name out exactly.
    /// </summary>
    private static bool MayBeSectionName(string name) =>
        name.Length < 64 && (SectionNameLengths & (1UL << name.Length)) != 0 && MayEndSectionName(name[^1]);

    private static bool MayEndSectionName(char last) =>
        !(char.IsAscii(last) || last is >= '\u4e00' and <= '\u9fff')
        || SectionNameEnds.Contains(char.IsAsciiLetterUpper(last) ? (char)(last | 0x20) : last);

    /// <summary>True when a heading is numbered like a section ("# 1.机器学习论文").</summary>
    public static bool IsNumbered(string text) => IsNumberedName(Normalize(text));

    /// <summary>Maps a section name, in any of the series' spellings, to its section.</summary>
    /// <remarks>The first group (in <see cref="SectionWords"/>' order) with a word in the name decides.</remarks>
    public static Section? SectionFor(string name) =>
        SectionWords.GroupsIn(Text.LowerInvariant(name)) is var found and not 0
            ? SectionsOfWords[BitOperations.TrailingZeroCount(found)]
            : null;

    /// <summary>
    /// The words of each section's names, most telling first. "This week's featured" is checked before "文章" so that
    /// "特色文章" is featured; "现实世界中的机器学习" (machine learning in the real world) is how the newsletter names its
    /// use cases. <see cref="SectionsOfWords"/> holds the section of each group.
    /// </summary>
    private static readonly WordSet SectionWords = new(
        ["论文", "报纸", "paper"],
        ["特稿", "特色", "头条", "featur", "highlight"],
        ["用例", "应用", "使用", "现实世界", "真实世界", "实际", "use cas", "application", "real world", "real-world"],
        ["文章", "技术", "article", "technical"],
        ["新闻", "news"],
        ["其他", "其它", "话题", "other"]);

    private static readonly Section[] SectionsOfWords =
        [Section.Papers, Section.Featured, Section.UseCases, Section.Articles, Section.Featured, Section.Other];

    private static string Normalize(string text) => NormalizeClean(Text.Clean(text));

    /// <remarks>No heading decoration is a letter or digit: a name with one at each end (most headlines) needs no trim.</remarks>
    private static string NormalizeClean(string clean) =>
        WithoutStars(clean) is var name && name.Length > 0 && char.IsLetterOrDigit(name[0]) && char.IsLetterOrDigit(name[^1])
            ? name
            : name.Trim(Chars.HeadingDecoration);

    /// <remarks>Most headings have no character of the U+1F300 block, so the search for the pair is skipped.</remarks>
    private static string WithoutStars(string text) =>
        text.Contains('\uD83C') && text.Contains("🌟", StringComparison.Ordinal) ? text.Replace("🌟", "", StringComparison.Ordinal) : text;

    private static bool IsNumberedName(string name) => NumberedNameStart(name) >= 0;

    /// <summary>
    /// Where the name of a (normalized) heading numbered like a section ("1.机器学习论文") starts, or -1: the "name" group
    /// of <c>^(?&lt;n&gt;\d{1,2})\s*[.．。、)]\s*(?&lt;name&gt;\S.*)$</c> with an ASCII digit first, found by position
    /// without a regex (its \d and \s are <see cref="char.IsDigit(char)"/> and <see cref="char.IsWhiteSpace(char)"/>;
    /// "." is anything but "\n", and "$" also matches before a final "\n").
    /// </summary>
    private static int NumberedNameStart(string name)
    {
        if (name.Length == 0 || !char.IsAsciiDigit(name[0]))
        {
            return -1;
        }

        // Greedy \d{1,2} needs no backtracking: a second digit is neither a separator nor a space.
        var i = name.Length > 1 && char.IsDigit(name[1]) ? 2 : 1;
        while (i < name.Length && char.IsWhiteSpace(name[i]))
        {
            i++;
        }

        if (i >= name.Length || name[i] is not ('.' or '．' or '。' or '、' or ')'))
        {
            return -1;
        }

        i++;
        while (i < name.Length && char.IsWhiteSpace(name[i]))
        {
            i++;
        }

        if (i >= name.Length)
        {
            return -1;
        }

        var newline = name.IndexOf('\n', i);
        return newline < 0 || newline == name.Length - 1 ? i : -1;
    }
}
