using DigestBot.Digests;

namespace DigestBot.Tests.Digests;

/// <summary>Quirks found while checking the whole corpus by hand.</summary>
public sealed class MoreQuirkTests
{
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
    public void Headline_lost_in_translation_falls_back_to_the_embed_cards_title()
    {
        var e = Md.Single(
            "# 2021 年第 7 周", "", "# 2.技术文章", "",
            "[](https://thegradient.pub/history/?utm_campaign=x)****——**[**The gradient . pub**](https://thegradient.pub/history/)**", "",
            "**[](https://thegradient.pub/history/) [## 图像识别解释的视觉历史", "", "### 图像识别是核心任务…", "", "thegradient.pub](https://thegradient.pub/history/) ", "",
            "本文描述了可解释性研究的演变。**");

        Assert.Equal("图像识别解释的视觉历史", e.Headline);
        Assert.Equal("https://thegradient.pub/history/", e.Url);
        Assert.Equal("本文描述了可解释性研究的演变。", e.Summary);
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
}
