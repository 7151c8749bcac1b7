namespace DigestBot.Tests.Digests.Parsing;

/// <summary>An entry's links (EntryBuilder.Links, BareUrls, ArxivIds): which link is primary, which are kept, and links written as text.</summary>
public sealed class LinkRuleTests
{
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
    public void Heading_entry_named_only_by_an_arxiv_id_links_to_the_paper()
    {
        var e = Md.Single(Md.Weekly("## 检测艺术品中的人物。", "", "![](img/a.png)", "",
            "*【2102.06529】仅使用风格迁移改进艺术图像中的目标检测* 这是一项研究。"));

        Assert.Equal("https://arxiv.org/abs/2102.06529", e.Url);
        Assert.Equal("这是一项研究。", e.Summary);
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
    public void Copy_paste_junk_links_and_near_copies_of_the_primary_link_are_dropped()
    {
        var e = Md.Single(
            "# 2021 年第 9 周", "", "# 4.机器学习技术相关文章", "",
            "[**一篇文章**](https://example.org/post/?utm_source=x)", "",
            "[](https://example.org/post?gi=2a20c5ced5bf) [## 标题", "", "example.org](https://example.org/post) ", "",
            "见[这里](http://applewebdata://46DD55F3/Camera%20Suite)。");

        Assert.Equal("https://example.org/post/", e.Url);
        Assert.Empty(e.Links);
    }

    [Fact]
    public void Medium_relative_links_resolve_against_the_digest_source()
    {
        var e = Md.Single(
            "# 2021 年第 5 周", "", "> 原文：<https://medium.com/analytics-vidhya/week-5>", "", "# 2.技术文章", "",
            "# 建筑物检测竞赛", "",
            "[](/the-downlinq/spacenet-7-winners-847a9a53004c) [## SpaceNet 7", "", "medium.com](/the-downlinq/spacenet-7-winners-847a9a53004c) ");

        Assert.Equal("https://medium.com/the-downlinq/spacenet-7-winners-847a9a53004c", e.Url);
        Assert.Equal("建筑物检测竞赛", e.Headline);
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
}
