using DigestBot.Posts;

namespace DigestBot.Tests.Posts;

public sealed class SentenceTests
{
    [Theory]
    [InlineData("第一句。第二句！第三句？", new[] { "第一句。", "第二句！", "第三句？" })]
    [InlineData("他说“很好。”然后离开。", new[] { "他说“很好。”", "然后离开。" })]
    [InlineData("速度提高 1.5 倍。精度不变。", new[] { "速度提高 1.5 倍。", "精度不变。" })]
    [InlineData("使用 PyTorch v2.0 训练。效果很好。", new[] { "使用 PyTorch v2.0 训练。", "效果很好。" })]
    [InlineData("详见 https://arxiv.org/abs/2010.01412 的附录。结论如上。", new[] { "详见 https://arxiv.org/abs/2010.01412 的附录。", "结论如上。" })]
    [InlineData("论文 2104.09044 提出了新方法。", new[] { "论文 2104.09044 提出了新方法。" })]
    [InlineData("Models, e.g. ResNet, work. They were proposed by He et al. in 2016. Done!", new[] { "Models, e.g. ResNet, work.", "They were proposed by He et al. in 2016.", "Done!" })]
    [InlineData("See Fig. 3 for details. J. Smith agrees.", new[] { "See Fig. 3 for details.", "J. Smith agrees." })]
    [InlineData("It works.他们还发现了别的。", new[] { "It works.", "他们还发现了别的。" })]
    [InlineData("没有句号的摘要", new[] { "没有句号的摘要" })]
    public void Summaries_split_at_sentence_ends_only(string text, string[] expected) =>
        Assert.Equal(expected, Sentences.Split(text));

    [Fact]
    public void The_sentence_stating_the_proposal_wins_over_background()
    {
        Assert.Equal("他们提出了一种新的优化方法。",
            SentencePicker.Pick("通常，优化器会陷入尖锐的极小值。他们提出了一种新的优化方法。它在多个基准上更好。"));
    }

    [Fact]
    public void Without_a_proposal_the_sentence_stating_a_result_wins()
    {
        Assert.Equal("它比 Adam 快 2 倍。", SentencePicker.Pick("这是关于优化的研究。它比 Adam 快 2 倍。"));
    }

    [Fact]
    public void Background_is_skipped_when_nothing_states_a_result()
    {
        Assert.Equal("本文介绍了一个数据集。", SentencePicker.Pick("通常，数据集很贵。本文介绍了一个数据集。"));
        Assert.Equal("只有一句", SentencePicker.Pick("只有一句"));
        Assert.Equal("", SentencePicker.Pick(""));
    }

    [Theory]
    [InlineData("2020-w37.md", 23)]
    [InlineData("2020-w40.md", 34)]
    public void On_real_entries_the_proposal_wins_over_the_opening_background(string file, int line)
    {
        var entry = DigestBot.Digests.DigestFile.Read(Path.Combine(RepoPaths.Corpus, file)).Digest.Entries.Single(e => e.Line == line);
        var sentences = Sentences.Split(entry.Summary);

        var picked = SentencePicker.Pick(entry.Summary);

        Assert.Equal(sentences[1], picked);
        Assert.Contains("提出", picked, StringComparison.Ordinal);
        Assert.DoesNotContain("提出", sentences[0], StringComparison.Ordinal);
    }
}
