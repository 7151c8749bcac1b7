using DigestBot.Digests;
using DigestBot.Subscribers;

namespace DigestBot.Tests.Subscribers;

/// <summary>A topic matches a whole word in spaced scripts, a substring in CJK, case ignored.</summary>
public sealed class TopicMatcherTests
{
    [Theory]
    [InlineData("A GAN for faces", "gan", true)]
    [InlineData("Training GANs is hard", "gan", true)] // a plural s
    [InlineData("GAN-based inpainting", "gan", true)]
    [InlineData("an organ of the body", "gan", false)]
    [InlineData("Ganymede, a moon", "gan", false)]
    [InlineData("StyleGAN2", "gan", false)]
    [InlineData("Latent DIFFUSION models", "diffusion", true)]
    [InlineData("Трансформеры и ВНИМАНИЕ", "внимание", true)]
    [InlineData("Большое внимания", "внимание", false)]
    public void Latin_and_other_spaced_scripts_match_whole_words_case_ignored(string text, string topic, bool matches) =>
        Assert.Equal(matches, TopicMatcher.Contains(text, topic));

    [Theory]
    [InlineData("作者提出了一种扩散模型的新采样方法", "扩散", true)]
    [InlineData("作者提出了一种扩散模型", "扩散模型", true)]
    [InlineData("作者提出 SAM，在参数邻域内最小化损失", "扩散", false)]
    [InlineData("本文提出了GAN模型", "gan", true)] // Latin next to Han: Han bounds the word
    [InlineData("用ＧＡＮ生成图像", "gan", true)] // full-width letters
    [InlineData("拡散モデルによる画像生成", "モデル", true)]
    public void Cjk_topics_match_as_substrings_and_latin_words_inside_cjk_text(string text, string topic, bool matches) =>
        Assert.Equal(matches, TopicMatcher.Contains(text, topic));

    [Theory]
    [InlineData("Robots 🤖 everywhere", "🤖", true)]
    [InlineData("robot🤖arm", "🤖", true)]
    [InlineData("GAN🤖 art", "gan", true)]
    [InlineData("c++ and rust", "c++", true)]
    [InlineData("abc++", "c++", false)]
    public void Emoji_and_mixed_topics(string text, string topic, bool matches) =>
        Assert.Equal(matches, TopicMatcher.Contains(text, topic));

    [Fact]
    public void A_paper_matches_on_its_headline_title_or_summary_and_no_topics_match_every_paper()
    {
        var paper = new DigestEntry(Section.Papers, "更好的生成", "Improved GAN training", null, "https://arxiv.org/abs/1", [], "A new loss.", 1);

        Assert.True(TopicMatcher.Matches(paper, ["gan"]));
        Assert.True(TopicMatcher.Matches(paper, ["diffusion", "生成"]));
        Assert.True(TopicMatcher.Matches(paper, ["loss"]));
        Assert.False(TopicMatcher.Matches(paper, ["diffusion"]));
        Assert.True(TopicMatcher.Matches(paper, []));
    }

    [Fact]
    public void Typed_topics_are_split_lower_cased_and_counted()
    {
        Assert.Equal(["gan", "diffusion", "扩散"], Topics.Parse(" GAN, diffusion,gan  扩散 ").Words);
        Assert.Null(Topics.Parse(string.Join(' ', Enumerable.Range(1, 20).Select(i => $"t{i}"))).Refusal);
        Assert.StartsWith("A chat can follow at most 20 topics", Topics.Parse(string.Join(' ', Enumerable.Range(1, 21).Select(i => $"t{i}"))).Refusal, StringComparison.Ordinal);
        Assert.Null(Topics.Parse(new string('a', 40)).Refusal);
        Assert.Null(Topics.Parse(string.Concat(Enumerable.Repeat("🤖", 40))).Refusal); // an emoji is one character
        Assert.Contains("at most 40 characters", Topics.Parse(new string('a', 41)).Refusal, StringComparison.Ordinal);
    }
}
