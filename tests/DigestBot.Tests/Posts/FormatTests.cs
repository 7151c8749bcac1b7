using System.Globalization;
using System.Text;
using DigestBot.Bluesky;
using DigestBot.Mastodon;
using DigestBot.Posts;
using DigestBot.X;

namespace DigestBot.Tests.Posts;

public sealed class FormatTests
{
    [Fact]
    public void Telegram_escapes_every_text_and_attribute_and_counts_the_visible_text()
    {
        var telegram = new TelegramFormat();
        var parts = new PostParts("A <b> & \"C\"", "x < y && z > 0", "https://example.org/?a=1&b=\"2\"");

        var (text, _) = telegram.Render(parts);

        Assert.Equal("<b>A &lt;b&gt; &amp; &quot;C&quot;</b>\nx &lt; y &amp;&amp; z &gt; 0\n<a href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\">https://example.org/?a=1&amp;b=&quot;2&quot;</a>", text);
        Assert.Equal("A <b> & \"C\"\nx < y && z > 0\nhttps://example.org/?a=1&b=\"2\"".Length, telegram.Measure(parts));
    }

    [Fact]
    public void X_counts_chinese_twice_and_the_link_as_23()
    {
        Assert.Equal(2 * 4 + 1 + 23, new XFormat().Measure(new PostParts("标题一二", "", "https://arxiv.org/abs/2010.01412")));
    }

    [Fact]
    public void Mastodon_counts_code_points_and_each_url_as_23()
    {
        Assert.Equal(2 + 1 + 23, new MastodonFormat().Measure(new PostParts("😀é", "", "https://example.org/a/very/long/path/that/is/long")));
    }

    [Fact]
    public void Bluesky_counts_graphemes_and_puts_the_link_in_a_facet_with_utf8_byte_offsets()
    {
        var bluesky = new BlueskyFormat();
        var parts = new PostParts("👍🏽 标题", "句子。", "https://arxiv.org/abs/2010.01412");

        var (text, links) = bluesky.Render(parts);

        Assert.Equal("👍🏽 标题\n句子。\narxiv.org/abs/2010.01412", text);
        Assert.Equal(new StringInfo(text).LengthInTextElements, bluesky.Measure(parts));
        var link = Assert.Single(links);
        Assert.Equal("https://arxiv.org/abs/2010.01412", link.Uri);
        var bytes = Encoding.UTF8.GetBytes(text);
        Assert.Equal("arxiv.org/abs/2010.01412", Encoding.UTF8.GetString(bytes, link.ByteStart, link.ByteEnd - link.ByteStart));
    }

    [Fact]
    public void A_long_sentence_is_cut_at_a_clause_boundary_and_ends_with_an_ellipsis()
    {
        var sentence = string.Concat(Enumerable.Repeat("这是一个很长的从句，", 20)) + "结束。";
        var fitted = Shortener.Fit(new PostParts("标题", sentence, "https://arxiv.org/abs/2010.01412"), new XFormat());

        Assert.EndsWith("从句…", fitted.Sentence, StringComparison.Ordinal);
        Assert.StartsWith(fitted.Sentence[..^1], sentence, StringComparison.Ordinal);
        Assert.True(new XFormat().Measure(fitted) <= 280);
    }

    [Fact]
    public void Without_a_clause_boundary_the_cut_falls_between_graphemes_and_never_inside_a_url()
    {
        var sentence = string.Concat(Enumerable.Repeat("👨‍👩‍👧‍👦", 200)) + " https://example.org/" + new string('a', 100);
        var fitted = Shortener.Fit(new PostParts("", sentence, "https://arxiv.org/abs/1"), new BlueskyFormat());

        Assert.True(new BlueskyFormat().Measure(fitted) <= 300);
        Assert.EndsWith("…", fitted.Sentence, StringComparison.Ordinal);
        var kept = fitted.Sentence[..^1];
        Assert.Equal(0, kept.Length % "👨‍👩‍👧‍👦".Length);
        Assert.DoesNotContain("https://", kept, StringComparison.Ordinal);
    }
}
