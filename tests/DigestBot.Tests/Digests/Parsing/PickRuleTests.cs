using DigestBot.Digests;

namespace DigestBot.Tests.Digests.Parsing;

/// <summary>Editor's picks (Picks): the picks list, or the newsletter's featured summary, read as text and first link.</summary>
public sealed class PickRuleTests
{
    [Fact]
    public void Picks_are_read_with_their_links_and_without_section_pointers()
    {
        var d = Md.Parse(
            "# 2020 年第 43 周", "",
            "# —每周编辑精选", "",
            "*   [物体检测从 9 FPS 到 650 FPS(2。技术文章)](https://paulbridger.com/posts/tuning/)",
            "*   没有链接的精选(1。机器学习论文)", "",
            "# —过去的文章").Digest;

        Assert.Equal(
            [new DigestPick("物体检测从 9 FPS 到 650 FPS", "https://paulbridger.com/posts/tuning/"), new DigestPick("没有链接的精选", null)],
            d.Picks);
    }

    [Fact]
    public void Newsletter_featured_summary_serves_as_picks_when_there_are_no_editors_picks()
    {
        var d = Md.Parse(
            "# Akira 的机器学习新闻— #18", "",
            "## 本周特稿/新闻。", "",
            "*   [一项研究](https://arxiv.org/abs/2106.01548)表明 ViT 更容易陷入局部最优。", "",
            "## 报纸", "",
            "*   [另一项研究](https://arxiv.org/abs/2105.13343)。", "",
            "# 1.本周特稿/新闻").Digest;

        var pick = Assert.Single(d.Picks);
        Assert.Equal("https://arxiv.org/abs/2106.01548", pick.Url);
    }

    [Fact]
    public void Stray_letter_before_a_pick_and_glued_title_hashes_are_cleaned()
    {
        var d = Md.Parse(
            "# Akira 的 ML 新闻# 2020 年第 50 周", "",
            "# —每周编辑精选", "",
            "*   T [这里是一个关于 BERT 的研究](https://arxiv.org/abs/2106.08254)。").Digest;

        Assert.Equal("Akira 的 ML 新闻 2020 年第 50 周", d.Title);
        Assert.Equal("这里是一个关于 BERT 的研究。", Assert.Single(d.Picks).Text);
    }
}
