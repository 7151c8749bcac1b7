using DigestBot.Digests;

namespace DigestBot.Tests.Digests.Parsing;

/// <summary>Embed cards (EmbedCards): Medium's link cards, followed across blocks, give a link and a fallback headline, never summary.</summary>
public sealed class EmbedCardRuleTests
{
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
}
