using DigestBot.Digests;
using DigestBot.Digests.Parsing;

namespace DigestBot.Tests.Digests;

/// <summary>
/// Layouts of weeks outside ../shared/corpus (read while checking that the parser serves the whole series),
/// rebuilt here as small snippets of our own.
/// </summary>
public sealed class UnseenLayoutTests
{
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

    [Fact]
    public void Italic_title_followed_by_a_bare_url_and_an_artefact_link_keeps_the_papers_link()
    {
        var e = Md.Single(Md.Weekly("# 标题", "",
            "*VIEWMAKER 网络:学习视图*https://arxiv.org/abs/2010.07432[T21](https://arxiv.org/abs/2010.07432)", "", "摘要。"));

        Assert.Equal("VIEWMAKER 网络:学习视图", e.Title);
        Assert.Equal("https://arxiv.org/abs/2010.07432", e.Url);
        Assert.Equal("摘要。", e.Summary);
    }

    [Fact]
    public void Link_written_as_a_mangled_address_is_a_link_not_summary()
    {
        var e = Md.Single(Md.Weekly("# 白宫成立人工智能办公室", "",
            "[https://cacm . ACM . org/news/249867-白宫-办公室/全文](https://www.whitehouse.gov/ai-office/)", "", "白宫成立了一个办公室。"));

        Assert.Equal("https://www.whitehouse.gov/ai-office/", e.Url);
        Assert.Equal("白宫成立了一个办公室。", e.Summary);
        Assert.Null(e.Title);
    }

    [Fact]
    public void Heading_entry_named_only_by_an_arxiv_id_links_to_the_paper()
    {
        var e = Md.Single(Md.Weekly("## 检测艺术品中的人物。", "", "![](img/a.png)", "",
            "*【2102.06529】仅使用风格迁移改进艺术图像中的目标检测* 这是一项研究。"));

        Assert.Equal("https://arxiv.org/abs/2102.06529", e.Url);
        Assert.Equal("这是一项研究。", e.Summary);
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
    public void A_stray_quote_at_the_end_of_a_link_is_not_part_of_it() =>
        Assert.Equal("https://arxiv.org/abs/1911.11907", CanonicalUrl.Normalize("https://arxiv.org/abs/1911.11907'"));
}
