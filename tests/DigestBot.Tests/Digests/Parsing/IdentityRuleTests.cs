using DigestBot.Digests;

namespace DigestBot.Tests.Digests.Parsing;

/// <summary>The digest's identity (DigestIdentity, DigestHeader): the week, month or issue its title or intro names, and its source.</summary>
public sealed class IdentityRuleTests
{
    [Theory]
    [InlineData("# 2020 年第 43 周", 2020, 43)]
    [InlineData("# Akira 的 ML 新闻—2021 年第 7 周", 2021, 7)]
    [InlineData("#第 3 周，2021", 2021, 3)]
    [InlineData("# Akira 的 ML 新闻#第 3 周，2021", 2021, 3)]
    [InlineData("2021 年第 2 周阿基拉的 ML 新闻", 2021, 2)]
    [InlineData("# Akira 的 ML 新闻# 2020 年第 50 周", 2020, 50)]
    [InlineData("# Akira's ML News, Week 43, 2020", 2020, 43)]
    [InlineData("# ML News 2020-W43", 2020, 43)]
    [InlineData("# 2020 年第 ４３ 周", 2020, 43)] // full-width digits, as a Chinese input method types them
    public void Weekly_titles_in_every_spelling_give_year_and_week(string title, int year, int week)
    {
        var d = Md.Parse(title, "", "# 1.机器学习论文").Digest;

        Assert.Equal((DigestKind.Weekly, year, week), (d.Kind!.Value, d.Year!.Value, d.Week!.Value));
    }

    [Theory]
    [InlineData("# Akira 的 ML 新闻# 2020 年 9 月", 2020, 9)]
    [InlineData("# 机器学习总结；2021 年 2 月", 2021, 2)]
    [InlineData("# Akira's ML News, September 2020", 2020, 9)]
    public void Monthly_titles_give_year_and_month(string title, int year, int month)
    {
        var d = Md.Parse(title).Digest;

        Assert.Equal((DigestKind.Monthly, year, month), (d.Kind!.Value, d.Year!.Value, d.Month!.Value));
        Assert.Null(d.Week);
    }

    [Theory]
    [InlineData("# Akira 的机器学习新闻— #18", 18)]
    [InlineData("# Akira 的机器学习新闻—#第 29 期", 29)]
    [InlineData("# Akira 的机器学习新闻—第 34 期", 34)]
    [InlineData("# Akira's Machine Learning News — Issue #31", 31)]
    [InlineData("# Akira 的机器学习新闻—第 ３４ 期", 34)]
    public void Issue_titles_give_the_number_and_no_week_unless_the_intro_states_one(string title, int issue)
    {
        var bare = Md.Parse(title).Digest;
        var stated = Md.Parse(title, "", "2021 年第 23 周(6 月 6 日~)", "", "# 1.本周特稿/新闻").Digest;

        Assert.Equal((DigestKind.Issue, issue, (int?)null), (bare.Kind!.Value, bare.Issue!.Value, bare.Week));
        Assert.Equal((2021, 23), (stated.Year!.Value, stated.Week!.Value));
    }

    [Fact]
    public void Week_mentioned_only_in_the_footer_is_not_the_issues_week()
    {
        var d = Md.Parse("# Akira 的机器学习新闻— #20", "", "# 1.本周特稿/新闻", "", "# 过去的时事通讯", "", "Akira 的机器学习新闻-2021 年第 19 周").Digest;

        Assert.Null(d.Week);
    }

    [Fact]
    public void Title_naming_nothing_is_a_problem_but_the_intro_can_name_the_week()
    {
        var fromIntro = Md.Parse("# Akira 的 ML 新闻", "", "以下是我在 2020 年第 47 周(11 月 15 日~)读到的论文。");
        var nothing = Md.Parse("# 一些笔记", "", "没有日期。");

        Assert.Equal(47, fromIntro.Digest.Week);
        Assert.Contains(fromIntro.Problems, p => p.Message.Contains("took 2020-W47 from the intro", StringComparison.Ordinal));
        Assert.Null(nothing.Digest.Kind);
        Assert.Contains(nothing.Problems, p => p.Line == 1 && p.Message.Contains("names no week, month or issue", StringComparison.Ordinal));
    }

    [Fact]
    public void Week_that_does_not_exist_is_reported()
    {
        var parsed = Md.Parse("# 2021 年第 53 周");

        Assert.Contains(parsed.Problems, p => p.Message == "week 53 does not exist in 2021 (it has 52 ISO weeks)");
    }

    [Fact]
    public void Source_is_read_from_the_original_line()
    {
        var d = Md.Parse("# 2020 年第 43 周", "", "> 原文：<https://medium.com/analytics-vidhya/week43?utm_source=x>").Digest;

        Assert.Equal("https://medium.com/analytics-vidhya/week43", d.Source);
    }
}
