using DigestBot.Digests;
using DigestBot.Digests.Parsing;

namespace DigestBot.Tests.Digests.Parsing;

/// <summary>Sections and footers (SectionHeadings, HeadingRole): which heading opens which section, and what ends the content.</summary>
public sealed class SectionRuleTests
{
    [Fact]
    public void Mistranslated_papers_section_and_wrapped_headings_map_to_sections()
    {
        Assert.Equal(Section.Papers, SectionHeadings.SectionFor("报纸"));
        Assert.Equal(Section.Featured, SectionHeadings.SectionFor("本周特稿/新闻"));
        Assert.Equal(Section.UseCases, SectionHeadings.SectionFor("机器学习使用 cas"));
        Assert.Equal(Section.Articles, SectionHeadings.SectionFor("机器学习技术相关文章"));
        Assert.Equal(Section.Other, SectionHeadings.SectionFor("其他主题"));
        Assert.Equal(Section.Other, SectionHeadings.SectionFor("其他话题"));
        Assert.Equal(Section.UseCases, SectionHeadings.SectionFor("现实世界中的机器学习"));
        Assert.Equal(Section.UseCases, SectionHeadings.SectionFor("机器学习应用的例子"));
        Assert.Equal(Section.Featured, SectionHeadings.SectionFor("本周特色文章"));
        Assert.Equal(Section.Papers, SectionHeadings.SectionFor("Machine Learning Papers"));
        Assert.Null(SectionHeadings.SectionFor("招聘信息"));
        Assert.Equal(HeadingRole.Section, SectionHeadings.Classify("****4.机器学习技术相关文章****", true).Role);
    }

    [Fact]
    public void Digest_without_numbered_sections_falls_back_to_headings_named_like_sections()
    {
        var parsed = Md.Parse(
            "# 2020 年第 43 周", "",
            "# 机器学习论文", "",
            "# 一篇论文", "", "[https://arxiv.org/abs/2010.01412](https://arxiv.org/abs/2010.01412)", "", "摘要。", "",
            "# 技术文章", "",
            "# 一篇文章", "", "文字。", "", "[https://example.org/a](https://example.org/a)");

        Assert.Equal([Section.Papers, Section.Articles], parsed.Digest.Entries.Select(e => e.Section));
        Assert.Equal("https://arxiv.org/abs/2010.01412", parsed.Digest.Entries[0].Url);
    }

    [Fact]
    public void Unknown_numbered_section_is_reported_and_skipped()
    {
        var parsed = Md.Parse("# 2020 年第 43 周", "", "# 5.招聘信息", "", "# 一条", "", "文字。");

        Assert.Empty(parsed.Digest.Entries);
        Assert.Contains(parsed.Problems, p => p.Line == 3 && p.Message.Contains("unknown section \"招聘信息\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Footers_are_not_content()
    {
        var parsed = Md.Parse(
            "# 2020 年第 43 周", "", "# 4.其他主题", "",
            "# 一条", "", "文字。", "", "[https://example.org/1](https://example.org/1)", "",
            "# —过去的文章", "", "[第 42 周](/analytics-vidhya/week42)", "",
            "# 推特，我贴一句纸评论。", "", "[https://twitter.com/x](https://twitter.com/x)", "",
            "# 关于我", "", "制造工程师。");

        var e = Assert.Single(parsed.Digest.Entries);
        Assert.Equal("文字。", e.Summary);
        Assert.Empty(parsed.Problems);
    }

    [Theory]
    [InlineData("# 往期文章")]
    [InlineData("# 过去的时事通讯")]
    [InlineData("# ****🌟我每周发布时事通讯！请订阅！🌟****")]
    [InlineData("## 关于我")]
    public void Footer_headings_in_their_spellings_end_the_content(string footer)
    {
        var parsed = Md.Parse("# 2021 年第 4 周", "", "# 4.其他主题", "",
            "# 一条", "", "文字。", "", "[https://example.org/1](https://example.org/1)", "", footer, "",
            "# 不是条目", "", "[https://example.org/2](https://example.org/2)");

        Assert.Equal("https://example.org/1", Assert.Single(parsed.Digest.Entries).Url);
    }

    [Fact]
    public void Plug_for_the_authors_github_written_as_a_paragraph_ends_the_content()
    {
        var parsed = Md.Parse(
            "# 2020 年第 38 周", "", "# 4.其他主题", "",
            "# 一条", "", "文字。", "", "[https://example.org/1](https://example.org/1)", "",
            "我的 github 上许多论文的摘要。", "",
            "[](https://github.com/example/papers) [## example/papers", "", "github.com](https://github.com/example/papers)");

        var e = Assert.Single(parsed.Digest.Entries);
        Assert.Equal("文字。", e.Summary);
        Assert.Empty(e.Links);
    }

    [Fact]
    public void Entry_whose_site_link_is_twitter_is_not_a_footer()
    {
        var parsed = Md.Parse("# Akira 的机器学习新闻——第 30 期", "", "# 5.其他主题", "",
            "[**在 PyTorch 中加速推理**](https://twitter.com/PyTorch/status/1437838231505096708?s=20&utm_campaign=x)**——**[**twitter.com**](https://twitter.com/PyTorch/status/1437838231505096708?s=20)", "",
            "关于推理加速的帖子。");

        var e = Assert.Single(parsed.Digest.Entries);
        Assert.Equal("https://twitter.com/PyTorch/status/1437838231505096708?s=20", e.Url);
        Assert.Equal("关于推理加速的帖子。", e.Summary);
    }
}
