using System.Text;
using DigestBot.Bluesky;
using DigestBot.Posts;

namespace DigestBot.Tests.Bluesky;

public sealed class LinkFacetsTests
{
    [Theory]
    [InlineData("寻找平坦的最小值以提升泛化", "作者提出 SAM，在参数邻域内最小化最坏情况下的损失。", "https://arxiv.org/abs/2010.01412")]
    [InlineData("🚀 火箭 👩‍👩‍👧 家庭", "表情 🇨🇳 与 emoji 😀 混排。", "https://www.example.com/a/very/long/path/that/is/cut/short")]
    [InlineData("ML News 2020-W43 · 4 papers", "", "https://github.com/zhuzilin/ml-digest/issues/43")]
    public void The_facet_covers_the_shown_link_bytes_and_matches_the_format(string headline, string sentence, string url)
    {
        var (text, links) = new BlueskyFormat().Render(new PostParts(headline, sentence, url));

        var facet = Assert.Single(LinkFacets.Of(text, url));
        Assert.Equal(links, [facet]);
        var bytes = Encoding.UTF8.GetBytes(text);
        Assert.Equal(BlueskyFormat.Shown(url), Encoding.UTF8.GetString(bytes, facet.ByteStart, facet.ByteEnd - facet.ByteStart));
        Assert.Equal(bytes.Length, facet.ByteEnd);
        Assert.Equal(url, facet.Uri);
        Assert.NotEqual(text.Length - BlueskyFormat.Shown(url)!.Length, facet.ByteStart); // bytes, not UTF-16 units
    }

    [Fact]
    public void A_text_that_does_not_end_with_the_link_gets_no_facet()
    {
        Assert.Empty(LinkFacets.Of("标题\n句子", "https://arxiv.org/abs/2010.01412"));
        Assert.Empty(LinkFacets.Of("标题 arxiv.org/abs/2010.01412", "https://arxiv.org/abs/2010.01412")); // not on a line of its own
        Assert.Empty(LinkFacets.Of("标题\narxiv.org/abs/2010.01412", null));
    }
}
