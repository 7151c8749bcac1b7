using System.Text.RegularExpressions;

namespace DigestBot.Digests.Parsing;

/// <summary>Decides from a heading's text whether it opens a section, the picks, a footer, or an entry.</summary>
internal static partial class SectionHeadings
{
    /// <summary>Past issues, subscription pleas, about me: the end of the content.</summary>
    private static readonly string[] FooterWords =
        ["过去的", "往期", "以前的", "推特", "关于我", "我的 github", "其他博客", "时事通讯", "新闻信", "订阅",
         "past articles", "past issues", "previous issues", "newsletter", "subscribe", "about me", "twitter"];

    private static readonly string[] PicksWords = ["精选", "编辑推荐", "编辑的选择", "pick"];

    /// <summary>Footers are short ("过去的时事通讯", "🌟我每周发布时事通讯！请订阅！🌟"); a long heading is a headline.</summary>
    private const int MaxFooterLength = 40;

    private static readonly string[] ExactSectionNames =
        ["机器学习论文", "论文", "报纸", "技术文章", "机器学习技术相关文章", "机器学习用例的例子", "机器学习用例", "机器学习应用的例子",
         "其他主题", "本周特稿/新闻", "papers", "machine learning papers", "technical articles", "articles",
         "examples of machine learning use cases", "use cases", "other topics", "featured"];

    /// <summary>
    /// The words of each section's names, most telling first. "This week's featured" is checked before "文章" so that
    /// "特色文章" is featured; "现实世界中的机器学习" (machine learning in the real world) is how the newsletter names its
    /// use cases.
    /// </summary>
    private static readonly (string[] Words, Section Section)[] SectionWords =
    [
        (["论文", "报纸", "paper"], Section.Papers),
        (["特稿", "特色", "头条", "featur", "highlight"], Section.Featured),
        (["用例", "应用", "使用", "现实世界", "真实世界", "实际", "use cas", "application", "real world", "real-world"], Section.UseCases),
        (["文章", "技术", "article", "technical"], Section.Articles),
        (["新闻", "news"], Section.Featured),
        (["其他", "其它", "话题", "other"], Section.Other),
    ];

    public static (HeadingRole Role, Section Section, string Name) Classify(string text, bool numberedSectionsOnly) =>
        ClassifyClean(Text.Clean(text), numberedSectionsOnly);

    /// <summary><see cref="Classify"/> of text that is already clean (a line's visible text).</summary>
    public static (HeadingRole Role, Section Section, string Name) ClassifyClean(string clean, bool numberedSectionsOnly)
    {
        var name = Normalize(clean);
        if (name.Length == 0)
        {
            return (HeadingRole.Separator, default, name);
        }

        if (NumberedName(name) is { } numbered)
        {
            return SectionFor(numbered) is { } section ? (HeadingRole.Section, section, numbered) : (HeadingRole.UnknownSection, default, numbered);
        }

        if (!numberedSectionsOnly && ExactSection(name) is { } exact)
        {
            return (HeadingRole.Section, exact, name);
        }

        var lower = name.ToLowerInvariant();
        return FooterWords.Any(lower.Contains) && name.Length <= MaxFooterLength ? (HeadingRole.Footer, default, name)
            : PicksWords.Any(lower.Contains) ? (HeadingRole.Picks, default, name)
            : lower.Contains("特稿", StringComparison.Ordinal) ? (HeadingRole.IntroFeatured, default, name)
            : (HeadingRole.Plain, default, name);
    }

    /// <summary>
    /// True when <see cref="ClassifyClean"/> would find a section, known or not (an embed card's blurb heading only needs
    /// to be told from a section).
    /// </summary>
    public static bool IsSectionClean(string clean, bool numberedSectionsOnly)
    {
        var name = Normalize(clean);
        return name.Length > 0 && (NumberedName(name) is not null || !numberedSectionsOnly && ExactSection(name) is not null);
    }

    /// <summary>True when a heading's (normalized) text is exactly one of the known section names.</summary>
    public static bool IsSectionName(string name) => ExactSectionNames.Contains(name.ToLowerInvariant());

    /// <summary>Maps a section name, in any of the series' spellings, to its section: the first group with a word in the name decides.</summary>
    public static Section? SectionFor(string name)
    {
        var lower = name.ToLowerInvariant();
        return SectionWords.Where(g => g.Words.Any(lower.Contains)).Select(g => (Section?)g.Section).FirstOrDefault();
    }

    /// <summary>The section of a heading named exactly like one (without its number: "# 机器学习论文").</summary>
    private static Section? ExactSection(string name) => IsSectionName(name) ? SectionFor(name.ToLowerInvariant()) : null;

    /// <summary>The name of a heading numbered like a section ("1.机器学习论文"), or null.</summary>
    private static string? NumberedName(string name) =>
        Numbered().Match(name) is { Success: true } numbered ? numbered.Groups["name"].Value.Trim() : null;

    /// <summary>The heading's text without star emoji and the decoration around it ("****4.…****", "— 过去的文章 —").</summary>
    private static string Normalize(string clean) =>
        clean.Replace("🌟", "", StringComparison.Ordinal).Trim(' ', '—', '–', '-', '#', '。', '.', '!', '！', ':', '：');

    [GeneratedRegex(@"^[0-9]\d?\s*[.．。、)]\s*(?<name>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();
}
