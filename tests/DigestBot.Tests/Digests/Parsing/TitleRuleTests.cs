using DigestBot.Digests;

namespace DigestBot.Tests.Digests.Parsing;

/// <summary>Paper titles (PaperTitles, EntryBuilder.Titles): italic, bracketed and plain title lines, and titles the translator split or damaged.</summary>
public sealed class TitleRuleTests
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

    [Theory]
    [InlineData("GMAT:全局记忆", "增强的变换器[https://arxiv.org/abs/2006.03274](https://arxiv.org/abs/2006.03274)", "GMAT:全局记忆增强的变换器", "https://arxiv.org/abs/2006.03274")]
    [InlineData("通过求解 https://arxiv.org/abs/2101.08987", "恢复图像", "通过求解恢复图像", "https://arxiv.org/abs/2101.08987")]
    [InlineData("MaX-DeepLab:使用掩码变换器", "[的端到端全景分割 https://arxiv.org/abs/2012.00759](https://arxiv.org/abs/2012.00759)", "MaX-DeepLab:使用掩码变换器的端到端全景分割", "https://arxiv.org/abs/2012.00759")]
    [InlineData("稳定的医学影像攻击", "https://openreview.net/forum?id=QfTXQiGYudJ", "稳定的医学影像攻击", "https://openreview.net/forum?id=QfTXQiGYudJ")]
    public void Title_split_over_two_lines_around_its_link_is_joined(string first, string second, string title, string url)
    {
        var e = Md.Single(Md.Weekly("# 标题", "", "![](img/a.png)", "", first, second, "", "真正的摘要。"));

        Assert.Equal(title, e.Title);
        Assert.Equal(url, e.Url);
        Assert.Equal("真正的摘要。", e.Summary);
    }

    [Theory]
    [InlineData("扩散网:使用深度学习加速求解偏微分方程。", "[https://arxiv.org/abs/2011.10015](https://arxiv.org/abs/2011.10015)", "扩散网:使用深度学习加速求解偏微分方程", "https://arxiv.org/abs/2011.10015")]
    [InlineData("*几何感知的实例加权对抗训练*", "【https://openreview.net/forum?id=iAX0l6Cz8ub】T21", "几何感知的实例加权对抗训练", "https://openreview.net/forum?id=iAX0l6Cz8ub")]
    [InlineData("MicroNet:面向极低 FLOPs 的图像识别【https://arxiv.org/abs/2011.12289", "T22", "MicroNet:面向极低 FLOPs 的图像识别", "https://arxiv.org/abs/2011.12289")]
    public void Title_lines_damaged_by_the_translation_still_give_title_and_link(string first, string second, string title, string url)
    {
        var e = Md.Single(Md.Weekly("# 标题", "", "![](img/a.png)", "", first, second, "", "真正的摘要。"));

        Assert.Equal((title, url, "真正的摘要。"), (e.Title, e.Url, e.Summary));
    }

    [Fact]
    public void Prose_after_an_italic_title_on_the_same_line_is_summary()
    {
        var e = Md.Single(Md.Weekly("# 标题", "", "[https://arxiv.org/abs/2006.03654](https://arxiv.org/abs/2006.03654)", "",
            "*【2006.03654】DeBERTa:解码增强的 BERT* 他们提出了 DeBERTa。它超过了人类的分数。"));

        Assert.Equal("DeBERTa:解码增强的 BERT", e.Title);
        Assert.Equal("他们提出了 DeBERTa。它超过了人类的分数。", e.Summary);
    }

    [Fact]
    public void Title_in_square_brackets_before_prose_is_split_from_the_summary()
    {
        var e = Md.Single(Md.Weekly("# 标题", "", "[https://openreview.net/forum?id=x](https://openreview.net/forum?id=x)", "",
            "[您只需要补丁？| OpenReview] 这是一项研究。"));

        Assert.Equal("您只需要补丁？| OpenReview", e.Title);
        Assert.Equal("这是一项研究。", e.Summary);
    }
}
