using System.Text.RegularExpressions;

namespace DigestBot.Digests;

/// <summary>Decides from a heading's text whether it opens a section, the picks, a footer, or an entry.</summary>
internal static partial class HeadingClassifier
{
    private static readonly string[] FooterWords =
        ["过去的", "推特", "关于我", "我的 github", "其他博客", "时事通讯", "新闻信", "订阅", "past articles", "past issues", "newsletter", "subscribe", "about me", "twitter"];

    private static readonly string[] ExactSectionNames =
        ["机器学习论文", "论文", "报纸", "技术文章", "机器学习技术相关文章", "机器学习用例的例子", "机器学习用例", "机器学习应用的例子",
         "其他主题", "本周特稿/新闻", "papers", "machine learning papers", "technical articles", "articles",
         "examples of machine learning use cases", "use cases", "other topics", "featured"];

    public static (HeadingRole Role, Section Section, string Name) Classify(string text, bool numberedSectionsOnly)
    {
        var name = Normalize(text);
        if (name.Length == 0)
        {
            return (HeadingRole.Separator, default, name);
        }

        var numbered = Numbered().Match(name);
        if (numbered.Success)
        {
            var sectionName = numbered.Groups["name"].Value.Trim();
            return SectionFor(sectionName) is { } s
                ? (HeadingRole.Section, s, sectionName)
                : (HeadingRole.UnknownSection, default, sectionName);
        }

        var lower = name.ToLowerInvariant();
        if (!numberedSectionsOnly && Array.IndexOf(ExactSectionNames, lower) >= 0 && SectionFor(lower) is { } exact)
        {
            return (HeadingRole.Section, exact, name);
        }

        if (FooterWords.Any(lower.Contains))
        {
            return (HeadingRole.Footer, default, name);
        }

        if (lower.Contains("精选", StringComparison.Ordinal) || lower.Contains("pick", StringComparison.Ordinal))
        {
            return (HeadingRole.Picks, default, name);
        }

        return lower.Contains("特稿", StringComparison.Ordinal)
            ? (HeadingRole.IntroFeatured, default, name)
            : (HeadingRole.Plain, default, name);
    }

    /// <summary>True when a heading is numbered like a section ("# 1.机器学习论文").</summary>
    public static bool IsNumbered(string text) => Numbered().IsMatch(Normalize(text));

    /// <summary>Maps a section name, in any of the series' spellings, to its section.</summary>
    public static Section? SectionFor(string name)
    {
        var n = name.ToLowerInvariant();
        return n switch
        {
            _ when Has(n, "论文", "报纸", "paper") => Section.Papers,
            _ when Has(n, "用例", "应用", "使用", "use cas", "application") => Section.UseCases,
            _ when Has(n, "文章", "技术", "article", "technical") => Section.Articles,
            _ when Has(n, "特稿", "新闻", "featur", "news") => Section.Featured,
            _ when Has(n, "其他", "其它", "话题", "other") => Section.Other,
            _ => null,
        };
    }

    private static bool Has(string name, params string[] words) => words.Any(w => name.Contains(w, StringComparison.Ordinal));

    private static string Normalize(string text) =>
        Text.Clean(text).Replace("🌟", "", StringComparison.Ordinal).Trim(' ', '—', '–', '-', '#', '。', '.', '!', '！', ':', '：');

    [GeneratedRegex(@"^(?<n>\d{1,2})\s*[.．。、)]\s*(?<name>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();
}
