using System.Globalization;
using DigestBot.Commands;
using DigestBot.Digests;
using DigestBot.Subscribers;
using DigestBot.Tests.Fakes;

namespace DigestBot.Tests.Subscribers;

/// <summary>A week as a subscriber gets it: one message, split only between papers past 4096 characters as Telegram counts them.</summary>
public sealed class SubscriberMessageTests
{
    [Fact]
    public void A_short_week_is_one_message_with_the_header_then_each_paper()
    {
        var plan = SubscriberMessage.Plan(Week(papers: 3, summaryLength: 40));

        var message = Assert.Single(plan);
        Assert.Equal(("message-1", 0), (message.Entry, message.Position));
        var (visible, error) = TelegramHtml.Parse(message.Text);
        Assert.Null(error);
        Assert.StartsWith("ML News 2020-W43 · 3 papers\nhttps://example.org/w43\n\nPaper 1 <a> & b\nSentence of paper 1", visible, StringComparison.Ordinal);
        Assert.EndsWith("\nhttps://arxiv.org/abs/2010.10003", visible, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_week_is_split_between_papers_each_part_within_4096_visible_characters()
    {
        var digest = Week(papers: 40, summaryLength: 200);

        var plan = SubscriberMessage.Plan(digest);

        Assert.True(plan.Count >= 3, $"{plan.Count} parts");
        Assert.Equal(Enumerable.Range(1, plan.Count).Select(i => $"message-{i}"), plan.Select(p => p.Entry));
        foreach (var part in plan)
        {
            var (visible, error) = TelegramHtml.Parse(part.Text);
            Assert.Null(error);
            Assert.InRange(visible!.Length, 3000, 4096); // full parts: the split is as late as it can be
            Assert.Equal(Html.VisibleLength(part.Text), visible.Length);
        }

        // Nothing lost, nothing cut: the parts are the whole week's blocks, each part starting with a whole paper.
        Assert.All(plan.Skip(1), p => Assert.StartsWith("<b>Paper ", p.Text, StringComparison.Ordinal));
        Assert.Equal(WeekAnswer.Render(digest).Messages, plan.Select(p => p.Text));
        Assert.Equal(41, plan.Sum(p => p.Text.Split("\n\n").Length));
    }

    [Fact]
    public void A_subscriber_with_topics_gets_only_the_matching_papers_under_a_header_that_says_how_many_or_nothing()
    {
        var digest = Week(papers: 4, summaryLength: 10);

        var message = Assert.Single(SubscriberMessage.Plan(digest, ["2"]));
        var (visible, error) = TelegramHtml.Parse(message.Text);
        Assert.Null(error);
        Assert.Equal(("message-1", 0), (message.Entry, message.Position));
        Assert.StartsWith("ML News 2020-W43 · 1 of 4 papers\nhttps://example.org/w43\n\nPaper 2 <a> & b\n", visible, StringComparison.Ordinal);
        Assert.DoesNotContain("Paper 1 ", visible, StringComparison.Ordinal);
        Assert.Empty(SubscriberMessage.Plan(digest, ["gan"]));
        Assert.Equal(SubscriberMessage.Plan(digest), SubscriberMessage.Plan(digest, []));
    }

    [Fact]
    public void The_weekly_message_speaks_the_channels_language()
    {
        var digest = Week(papers: 2, summaryLength: 10);

        Assert.StartsWith("<b>ML 新闻 2020-W43 · 2 篇论文</b>", SubscriberMessage.Plan(digest, [], "zh")[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("<b>ML News 2020-W43 · 2 papers</b>", SubscriberMessage.Plan(digest, [], "en")[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("<b>ML 新闻 2020-W43 · 1/2 篇论文</b>", SubscriberMessage.Plan(digest, ["2"], "zh")[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Visible_length_drops_tags_and_counts_each_entity_once()
    {
        Assert.Equal("A <b> & \"C\"".Length, Html.VisibleLength("<b>A &lt;b&gt; &amp; &quot;C&quot;</b>"));
        Assert.Equal(5, Html.VisibleLength("<a href=\"https://x.org/?a=1&amp;b=2\">abcde</a>"));
    }

    private static Digest Week(int papers, int summaryLength)
    {
        var entries = Enumerable.Range(1, papers).Select(i => new DigestEntry(
            Section.Papers,
            string.Create(CultureInfo.InvariantCulture, $"Paper {i} <a> & b"),
            null,
            null,
            string.Create(CultureInfo.InvariantCulture, $"https://arxiv.org/abs/2010.{10000 + i}"),
            [],
            string.Create(CultureInfo.InvariantCulture, $"Sentence of paper {i} {new string('x', summaryLength)}. A second sentence."),
            i)).ToList();
        return new Digest("2020-w43.md", DigestKind.Weekly, 2020, 43, null, null, "2020 年第 43 周", "https://example.org/w43", [], entries);
    }
}
