namespace DigestBot.Tests.Digests.Parsing;

/// <summary>Shortened links (ShortLinks): a link through a shortener that shows the full address is a link to that address.</summary>
public sealed class ShortLinkTests
{
    [Fact]
    public void Shortened_link_showing_an_arxiv_address_gives_the_paper_and_keeps_the_shortener()
    {
        // 2020-09-monthly.md line 110
        var e = Md.Single(Md.Weekly("# 密度**泛函**理论和机器学习", "",
            "*作为正则项的 Kohn-Sham 方程:将先验知识构建到机器学习物理学中* [https://arxiv.org/abs/2009.08551](https://t.co/e1JWpHF1ey?amp=1)", "",
            "在使用具有神经网络的密度泛函理论的近似物理模拟中。"));

        Assert.Equal(("https://arxiv.org/abs/2009.08551", "2009.08551"), (e.Url, e.ArxivId));
        Assert.Equal(["https://t.co/e1JWpHF1ey?amp=1"], e.Links);
        Assert.Equal("作为正则项的 Kohn-Sham 方程:将先验知识构建到机器学习物理学中", e.Title);
    }

    [Theory]
    [InlineData("https://bit.ly/3kZx9Qa")]
    [InlineData("https://buff.ly/2Hq1x")]
    [InlineData("http://ow.ly/abc12")]
    [InlineData("https://goo.gl/xyz")]
    [InlineData("https://lnkd.in/dq3Q")]
    [InlineData("https://tinyurl.com/y4k2")]
    public void Every_known_shortener_gives_way_to_the_address_it_shows(string shortener)
    {
        var e = Md.Single(Md.Weekly("# 标题", "", $"*论文标题* [https://arxiv.org/abs/2010.01412v2]({shortener})", "", "摘要。"));

        Assert.Equal(("https://arxiv.org/abs/2010.01412", "2010.01412"), (e.Url, e.ArxivId));
        Assert.Equal([shortener], e.Links);
    }

    [Fact]
    public void Shortened_link_alone_on_the_line_after_a_title_keeps_the_shortener_too()
    {
        var e = Md.Single(Md.Weekly("# 标题", "", "论文标题", "[https://arxiv.org/abs/2010.01412](https://bit.ly/abc)", "", "摘要。"));

        Assert.Equal(("论文标题", "https://arxiv.org/abs/2010.01412"), (e.Title, e.Url));
        Assert.Equal(["https://bit.ly/abc"], e.Links);
    }

    [Fact]
    public void Shortened_link_showing_a_headline_stays_the_entry_link()
    {
        var e = Md.Single(Md.Weekly("# 标题", "", "*论文标题* [论文](https://t.co/e1JWpHF1ey)", "", "摘要。"));

        Assert.Equal("https://t.co/e1JWpHF1ey", e.Url);
        Assert.Null(e.ArxivId);
    }
}
