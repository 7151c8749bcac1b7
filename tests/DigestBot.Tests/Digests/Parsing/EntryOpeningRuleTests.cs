using DigestBot.Digests;

namespace DigestBot.Tests.Digests.Parsing;

/// <summary>Entry openings (EntryOpenings): the headline link of a paragraph, in its damaged forms, and a second arXiv id after an entry's prose.</summary>
public sealed class EntryOpeningRuleTests
{
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
    public void Newsletter_opening_with_a_single_dash_and_an_empty_headline_link_starts_an_entry()
    {
        var parsed = Md.Parse(
            "# Akira 的机器学习新闻—第 33 期", "", "# 3.机器学习论文", "",
            "[**第一篇**](https://arxiv.org/abs/2109.14084?utm_campaign=x)**——**[**arxiv.org**](https://arxiv.org/abs/2109.14084)", "",
            "**[2109.14084]第一篇的标题", "第一篇的摘要。**", "",
            "**[](https://arxiv.org/abs/2109.08141?utm_campaign=x)****—**[**【arxiv.org】**](https://arxiv.org/abs/2109.08141)****", "",
            "****[2109.08141]用于三维物体检测的端到端模型", "第二篇的摘要。****");

        Assert.Equal(["https://arxiv.org/abs/2109.14084", "https://arxiv.org/abs/2109.08141"], parsed.Digest.Entries.Select(e => e.Url));
        Assert.Equal("用于三维物体检测的端到端模型", parsed.Digest.Entries[1].Headline);
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
    public void Prose_that_starts_with_a_link_stays_in_its_entry()
    {
        var e = Md.Single(
            "# 2020 年第 49 周", "", "# 3.机器学习用例的例子", "",
            "# 穿着睡衣开视频会议", "",
            "[](https://example.org/xpression-camera) [## 一款虚拟摄像头应用", "", "example.org](https://example.org/xpression-camera) ", "",
            "[具体化](https://embodyme.com/)发布了一个虚拟相机应用程序，它用人工智能改变镜头里的人。");

        Assert.Equal("https://example.org/xpression-camera", e.Url);
        Assert.Equal(["https://embodyme.com/"], e.Links);
        Assert.StartsWith("具体化发布了", e.Summary, StringComparison.Ordinal);
    }
}
