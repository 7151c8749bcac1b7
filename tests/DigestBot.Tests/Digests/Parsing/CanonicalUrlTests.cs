using DigestBot.Digests.Parsing;

namespace DigestBot.Tests.Digests.Parsing;

/// <summary>Canonical links (CanonicalUrl, ArxivIds): one spelling per address, and which labels are addresses.</summary>
public sealed class CanonicalUrlTests
{
    [Theory]
    [InlineData("https://arxiv.org/abs/2010.01412", "https://arxiv.org/abs/2010.01412")]
    [InlineData("https://arxiv.org/abs/2010.01412v3", "https://arxiv.org/abs/2010.01412")]
    [InlineData("https://arxiv.org/pdf/2010.08895v1.pdf", "https://arxiv.org/abs/2010.08895")]
    [InlineData("https://arxiv.org/pdf/2010.08895.pdf", "https://arxiv.org/abs/2010.08895")]
    [InlineData("https://arxiv.org/pdf/2010.08895", "https://arxiv.org/abs/2010.08895")]
    [InlineData("http://www.arxiv.org/abs/1912.11370", "https://arxiv.org/abs/1912.11370")]
    [InlineData("https://arXiv.org/abs/2103.14586?utm_campaign=x&utm_medium=email", "https://arxiv.org/abs/2103.14586")]
    [InlineData("https://arxiv.org/abs/hep-th/9901001v2", "https://arxiv.org/abs/hep-th/9901001")]
    public void Every_arxiv_form_becomes_the_abs_page(string input, string expected) =>
        Assert.Equal(expected, CanonicalUrl.Normalize(input));

    [Theory]
    [InlineData("https://www.ravirajag.dev/blog/setup?utm_campaign=Akira%27s&utm_medium=email&utm_source=Revue", "https://www.ravirajag.dev/blog/setup")]
    [InlineData("https://openreview.net/forum?id=xTJEN-ggl1b&utm_source=x", "https://openreview.net/forum?id=xTJEN-ggl1b")]
    [InlineData("https://example.org/a?utm_source=x&page=2", "https://example.org/a?page=2")]
    [InlineData("https://openai.com/blog/dall-e/#fn1", "https://openai.com/blog/dall-e/")]
    [InlineData("https://WWW.Example.ORG/Path/Case", "https://www.example.org/Path/Case")]
    [InlineData("https://arxiv.org/abs/2011.03530?", "https://arxiv.org/abs/2011.03530")]
    [InlineData("https://example.org/x?", "https://example.org/x")]
    [InlineData("https://www . ecva . net/papers/eccv _ 2020/paper . php", "https://www.ecva.net/papers/eccv_2020/paper.php")]
    [InlineData("https://example.org/a?m=1%20", "https://example.org/a?m=1")]
    public void Tracking_fragments_case_and_translator_spaces_are_removed(string input, string expected) =>
        Assert.Equal(expected, CanonicalUrl.Normalize(input));

    [Fact]
    public void A_stray_quote_at_the_end_of_a_link_is_not_part_of_it() =>
        Assert.Equal("https://arxiv.org/abs/1911.11907", CanonicalUrl.Normalize("https://arxiv.org/abs/1911.11907'"));

    [Fact]
    public void Site_relative_link_resolves_against_the_digest_source()
    {
        Assert.Equal("https://medium.com/paperswithcode/review-938",
            CanonicalUrl.Normalize("/paperswithcode/review-938", "https://medium.com/analytics-vidhya/news?source=x"));
        Assert.Equal("/paperswithcode/review-938", CanonicalUrl.Normalize("/paperswithcode/review-938"));
    }

    [Theory]
    [InlineData("arxiv.org", true)]
    [InlineData("【arxiv.org】", true)]
    [InlineData("www . ravi rajag . dev", true)]
    [InlineData("https://arxiv.org/abs/2010.01412", true)]
    [InlineData("ViT 的鲁棒性", false)]
    [InlineData("LambdaNetworks", false)]
    public void Site_names_are_told_from_headlines(string label, bool address) =>
        Assert.Equal(address, CanonicalUrl.LooksLikeAddress(label));

    [Fact]
    public void Copy_paste_artefacts_are_not_web_addresses()
    {
        Assert.False(CanonicalUrl.IsWebAddress("http://applewebdata://46DD55F3/Camera%20Suite"));
        Assert.True(CanonicalUrl.IsWebAddress("https://arxiv.org/abs/2010.01412"));
    }
}
