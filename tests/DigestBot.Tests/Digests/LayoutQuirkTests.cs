using DigestBot.Digests;
using DigestBot.Digests.Parsing;

namespace DigestBot.Tests.Digests;

/// <summary>One test per layout quirk of the series, on small snippets written for the test.</summary>
public sealed class LayoutQuirkTests
{
    [Fact]
    public void Heading_entry_takes_italic_title_and_bare_link()
    {
        var e = Md.Single(Md.Weekly(
            "# 用平坦的最小值提升泛化",
            "",
            "*锐度感知最小化* [https://arxiv.org/abs/2010.01412](https://arxiv.org/abs/2010.01412)",
            "",
            "作者提出 SAM。泛化得到改善。",
            "",
            "![](img/x.png)"));

        Assert.Equal(Section.Papers, e.Section);
        Assert.Equal("用平坦的最小值提升泛化", e.Headline);
        Assert.Equal("锐度感知最小化", e.Title);
        Assert.Equal("2010.01412", e.ArxivId);
        Assert.Equal("https://arxiv.org/abs/2010.01412", e.Url);
        Assert.Equal("作者提出 SAM。泛化得到改善。", e.Summary);
        Assert.Equal(5, e.Line);
    }

    [Fact]
    public void Link_inside_corner_brackets_is_the_papers_link()
    {
        var e = Md.Single(Md.Weekly(
            "# 标题",
            "",
            "*一篇论文*[【https://arxiv.org/abs/2010.00578】](https://arxiv.org/abs/2010.00578)",
            "",
            "摘要。"));

        Assert.Equal("一篇论文", e.Title);
        Assert.Equal("https://arxiv.org/abs/2010.00578", e.Url);
    }

    [Fact]
    public void Title_split_around_its_link_is_joined()
    {
        var e = Md.Single(Md.Weekly(
            "# 标题",
            "",
            "*AdaBelief 优化器:根据对观测梯度*",
            "[https://arxiv.org/abs/2010.07468](https://arxiv.org/abs/2010.07468)的信任调整步长",
            "",
            "摘要。"));

        Assert.Equal("AdaBelief 优化器:根据对观测梯度的信任调整步长", e.Title);
        Assert.Equal("https://arxiv.org/abs/2010.07468", e.Url);
        Assert.Equal("摘要。", e.Summary);
    }

    [Fact]
    public void Plain_title_line_followed_by_its_link_is_a_title_not_summary()
    {
        var e = Md.Single(Md.Weekly(
            "# 标题",
            "",
            "实现更快的 GAN 训练",
            "[https://openreview.net/forum?id=abc](https://openreview.net/forum?id=abc)",
            "",
            "可以用少量数据训练。"));

        Assert.Equal("实现更快的 GAN 训练", e.Title);
        Assert.Equal("https://openreview.net/forum?id=abc", e.Url);
        Assert.Equal("可以用少量数据训练。", e.Summary);
    }

    [Fact]
    public void Heading_link_entries_keep_their_other_links()
    {
        var e = Md.Single(
            "# Akira 的 ML 新闻—2021 年第 7 周",
            "",
            "# 1.机器学习论文",
            "",
            "## [一种实用的稀疏化方法](https://arxiv.org/abs/2102.00554?utm_campaign=x&utm_medium=email)",
            "",
            "[2102.00554]深度学习中的稀疏性",
            "[https://arxiv.org/abs/2102.00554](https://arxiv.org/abs/2102.00554?utm_source=y)",
            "",
            "摘要，另见[相关工作](https://arxiv.org/abs/2010.02772)和[代码](https://github.com/example/sparse)。");

        Assert.Equal("一种实用的稀疏化方法", e.Headline);
        Assert.Equal("深度学习中的稀疏性", e.Title);
        Assert.Equal("https://arxiv.org/abs/2102.00554", e.Url);
        Assert.Equal(["https://arxiv.org/abs/2010.02772", "https://github.com/example/sparse"], e.Links);
        Assert.Equal("摘要，另见相关工作和代码。", e.Summary);
    }

    [Fact]
    public void Newsletter_entry_opens_with_a_bold_headline_link_and_drops_tracking()
    {
        var parsed = Md.Parse(
            "# Akira 的机器学习新闻— #18",
            "",
            "2021 年第 23 周(6 月 6 日~)",
            "",
            "# **3.报纸**",
            "",
            "**[**数据增强的强度**](https://arxiv.org/abs/2105.13343?utm_campaign=News&utm_medium=email&utm_source=Revue)**——**[**arxiv.org**](https://arxiv.org/abs/2105.13343)**",
            "",
            "**![](img/a.png)**",
            "",
            "**[2105.13343]多次增强的样本减少测试误差",
            "研究增强强度与精度的关系。**");

        var d = parsed.Digest;
        Assert.Equal((DigestKind.Issue, 18, 2021, 23), (d.Kind!.Value, d.Issue!.Value, d.Year!.Value, d.Week!.Value));
        var e = Assert.Single(d.Entries);
        Assert.Equal(Section.Papers, e.Section);
        Assert.Equal("数据增强的强度", e.Headline);
        Assert.Equal("多次增强的样本减少测试误差", e.Title);
        Assert.Equal("https://arxiv.org/abs/2105.13343", e.Url);
        Assert.Empty(e.Links);
        Assert.Equal("研究增强强度与精度的关系。", e.Summary);
    }

    [Theory]
    [InlineData("[](https://arxiv.org/abs/2107.12283?utm_campaign=x)****——**[【arxiv.org】T21](https://arxiv.org/abs/2107.12283)**")]
    [InlineData("**【arxiv.org】**建筑物检测****——**[](https://arxiv.org/abs/2107.12283)**")]
    [InlineData("**【arxiv.org】****——**[](https://arxiv.org/abs/2107.12283)**建筑物检测******")]
    [InlineData("****[【arxiv.org】](https://arxiv.org/abs/2107.12283?utm_medium=email)**——**[**建筑物检测**](https://arxiv.org/abs/2107.12283)****")]
    public void Damaged_newsletter_openings_still_start_an_entry_with_the_papers_link(string opening)
    {
        var parsed = Md.Parse(
            "# Akira 的机器学习新闻—#第 29 期",
            "",
            "# ****3.报纸****",
            "",
            "[**第一篇**](https://arxiv.org/abs/2106.14448)**——**[**arxiv.org**](https://arxiv.org/abs/2106.14448)",
            "",
            "**[2106.14448]第一篇论文",
            "第一篇的摘要。**",
            "",
            opening,
            "",
            "****[2107.12283]通过卫星图像进行建筑物检测",
            "第二篇的摘要。****");

        Assert.Equal(2, parsed.Digest.Entries.Count);
        var e = parsed.Digest.Entries[1];
        Assert.Equal("https://arxiv.org/abs/2107.12283", e.Url);
        Assert.Equal("2107.12283", e.ArxivId);
        Assert.Equal("第二篇的摘要。", e.Summary);
        Assert.DoesNotContain("T21", e.Headline, StringComparison.Ordinal);
        Assert.DoesNotContain("arxiv.org", e.Headline, StringComparison.Ordinal);
        Assert.Null(parsed.Digest.Week);
    }

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
    public void Spaces_the_translator_put_inside_a_bare_url_are_removed()
    {
        var e = Md.Single(Md.Weekly(
            "# 标题",
            "",
            "*高效注意力*",
            "https://open access . the CVF . com/content/WACV 2021/papers/Shen _ Efficient _ paper . pdf",
            "",
            "摘要。"));

        Assert.Equal("https://openaccess.theCVF.com/content/WACV2021/papers/Shen_Efficient_paper.pdf".Replace("theCVF", "thecvf", StringComparison.Ordinal), e.Url);
    }

    [Fact]
    public void Entry_without_any_link_is_reported_with_its_line()
    {
        var parsed = Md.Parse(Md.Weekly("# 没有链接的条目", "", "只有一段文字。"));

        Assert.Null(Assert.Single(parsed.Digest.Entries).Url);
        var problem = Assert.Single(parsed.Problems);
        Assert.Equal(5, problem.Line);
        Assert.Contains("has no link", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stray_T3_artefact_is_dropped()
    {
        var e = Md.Single(Md.Weekly("# 标题", "", "[2011.05315]对 InstaHide 的攻击 https://arxiv.org/abs/2011.05315", "T3", "", "摘要。"));

        Assert.Equal("对 InstaHide 的攻击", e.Title);
        Assert.Equal("https://arxiv.org/abs/2011.05315", e.Url);
        Assert.Equal("摘要。", e.Summary);
    }

    [Fact]
    public void Medium_embed_card_is_not_summary_and_gives_the_articles_link()
    {
        var e = Md.Single(
            "# 2020 年第 43 周",
            "",
            "# 2.技术文章",
            "",
            "# 标准化解释",
            "",
            "一篇解释标准化方法的文章。",
            "",
            "[](https://theaisummer.com/normalization/) [## 层内标准化技术",
            "",
            "### 如果你翻开任何一本入门教材…",
            "",
            "theaisummer.com](https://theaisummer.com/normalization/) ");

        Assert.Equal(Section.Articles, e.Section);
        Assert.Equal("https://theaisummer.com/normalization/", e.Url);
        Assert.Equal("一篇解释标准化方法的文章。", e.Summary);
    }

    [Fact]
    public void Card_blurb_mentioning_picks_does_not_end_the_section()
    {
        var parsed = Md.Parse(
            "# 2020 年第 41 周", "", "# 4.其他主题", "",
            "# 第一条", "", "文字一。", "",
            "[](https://github.com/example/awful) [## 标题", "", "### 一个精选列表…", "", "github.com](https://github.com/example/awful) ", "",
            "# 第二条", "", "文字二。", "", "[https://example.org/2](https://example.org/2)");

        Assert.Equal(2, parsed.Digest.Entries.Count);
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

    [Fact]
    public void Unknown_numbered_section_is_reported_and_skipped()
    {
        var parsed = Md.Parse("# 2020 年第 43 周", "", "# 5.招聘信息", "", "# 一条", "", "文字。");

        Assert.Empty(parsed.Digest.Entries);
        Assert.Contains(parsed.Problems, p => p.Line == 3 && p.Message.Contains("unknown section \"招聘信息\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Image_credit_lines_are_not_summary()
    {
        var e = Md.Single(Md.Weekly("# 标题", "", "[https://arxiv.org/abs/2102.10772](https://arxiv.org/abs/2102.10772)", "", "图片引自本文", "", "真正的摘要。"));

        Assert.Equal("真正的摘要。", e.Summary);
    }

    [Fact]
    public void Second_paper_named_only_by_arxiv_id_becomes_its_own_entry()
    {
        var parsed = Md.Parse(
            "# 机器学习总结；2021 年 2 月", "", "# 1.本月特稿/新闻", "",
            "[**第一篇**](https://arxiv.org/abs/2102.12092)", "",
            "*【2102.12092】零样本文本到图像生成*", "第一篇的摘要。", "",
            "*【2102.06171】无需归一化的图像识别*", "第二篇的摘要，参考了([https://arxiv.org/abs/2101.08692](https://arxiv.org/abs/2101.08692))。");

        Assert.Equal(2, parsed.Digest.Entries.Count);
        var second = parsed.Digest.Entries[1];
        Assert.Equal(("无需归一化的图像识别", "https://arxiv.org/abs/2102.06171", 10), (second.Headline, second.Url, second.Line));
        Assert.Equal(["https://arxiv.org/abs/2101.08692"], second.Links);
    }

    [Fact]
    public void A_lone_star_inside_a_formula_is_kept()
    {
        var e = Md.Single(Md.Weekly("# 标题", "", "[https://example.org/p](https://example.org/p)", "", "计算量从 n 减少到 d_k*d_v。"));

        Assert.Equal("计算量从 n 减少到 d_k*d_v。", e.Summary);
    }
}
