namespace DigestBot.Tests.Digests.Parsing;

/// <summary>Summaries (EntryBuilder, Text): the entry's prose as plain text, without image credits and translation artefacts.</summary>
public sealed class SummaryRuleTests
{
    [Fact]
    public void Image_credit_lines_are_not_summary()
    {
        var e = Md.Single(Md.Weekly("# 标题", "", "[https://arxiv.org/abs/2102.10772](https://arxiv.org/abs/2102.10772)", "", "图片引自本文", "", "真正的摘要。"));

        Assert.Equal("真正的摘要。", e.Summary);
    }

    [Fact]
    public void Stray_T3_artefact_is_dropped()
    {
        var e = Md.Single(Md.Weekly("# 标题", "", "[2011.05315]对 InstaHide 的攻击 https://arxiv.org/abs/2011.05315", "T3", "", "摘要。"));

        Assert.Equal("对 InstaHide 的攻击", e.Title);
        Assert.Equal("https://arxiv.org/abs/2011.05315", e.Url);
        Assert.Equal("摘要。", e.Summary);
    }

    [Fact]
    public void A_lone_star_inside_a_formula_is_kept()
    {
        var e = Md.Single(Md.Weekly("# 标题", "", "[https://example.org/p](https://example.org/p)", "", "计算量从 n 减少到 d_k*d_v。"));

        Assert.Equal("计算量从 n 减少到 d_k*d_v。", e.Summary);
    }
}
