using System.Globalization;
using System.Text;
using DigestBot.Subscribers;
using DigestBot.Tests.Fakes;
using static DigestBot.Tests.Harness.BotHarness;

namespace DigestBot.Tests.Subscribers;

/// <summary>/subscribe TOPIC, /topics, /unsubscribe TOPIC through the real host, and the week as a topic's subscriber gets it.</summary>
public sealed class TopicTests : IDisposable
{
    private readonly string _digests = Directory.CreateTempSubdirectory("digestbot-topics-").FullName;

    public TopicTests()
    {
        File.WriteAllText(Path.Combine(_digests, "2020-w43.md"), Week(43,
            ("更好的 GAN 训练", "Stabilizing adversarial training", "We train GANs with a new loss."),
            ("扩散模型采样", "Fast diffusion sampling", "作者提出了一种扩散模型的快速采样方法。"),
            ("Organ segmentation", "Segmenting organs in CT", "We segment every organ in CT scans."),
            ("图像生成", "Text to image", "本文提出了GAN模型，用 <b> 标记 & 文本生成图像。")));
        File.WriteAllText(Path.Combine(_digests, "2020-w44.md"), Week(44,
            ("更大的语言模型", "Scaling language models", "We scale transformers."),
            ("Organic chemistry with ML", "Molecules", "Organ and organic matter.")));
    }

    [Fact]
    public async Task A_subscriber_to_gan_gets_only_the_gan_papers_and_nothing_in_a_week_without_one()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 8, 59), _digests);
        bot.ExtraSettings["Telegram:PollTimeoutSeconds"] = "1";
        using (var host = bot.BuildHost())
        {
            await host.StartAsync();
            Assert.Equal(
                "Subscribed: each week's papers about gan will come to this chat; a week without one sends nothing. /topics lists them, /unsubscribe stops the posts.",
                (await bot.AskAsync(3001, "/subscribe GAN")).Visible);
            Assert.StartsWith("Subscribed: each week's papers will come", (await bot.AskAsync(3002, "/subscribe")).Visible, StringComparison.Ordinal);
            await bot.AdvanceUntilAsync(() => bot.Api.To(3001).Count == 2 && bot.Api.To(3002).Count == 2);
            await bot.LoggedAsync("2020-W43: the run is over for every channel and subscriber");
            await host.StopAsync();
        }

        var week = bot.Api.To(3001)[1].Visible;
        Assert.StartsWith("ML News 2020-W43 · 2 of 4 papers\n", week, StringComparison.Ordinal);
        Assert.Contains("更好的 GAN 训练", week, StringComparison.Ordinal);
        Assert.Contains("图像生成", week, StringComparison.Ordinal);
        Assert.DoesNotContain("扩散模型采样", week, StringComparison.Ordinal);
        Assert.DoesNotContain("Organ segmentation", week, StringComparison.Ordinal);
        Assert.Equal(bot.SubscriberTexts("2020-W43"), [bot.Api.To(3002)[1].Text]); // every paper, as before topics

        bot.Clock.Advance(TimeSpan.FromDays(7)); // the next Monday: 2020-W44 has no GAN paper
        using (var host = bot.BuildHost())
        {
            await host.StartAsync();
            await bot.LoggedAsync("2020-W44: the run is over for every channel and subscriber");
            await host.StopAsync();
        }

        Assert.Equal(2, bot.Api.To(3001).Count);
        Assert.StartsWith("ML News 2020-W44 · 2 papers", bot.Api.To(3002)[2].Visible, StringComparison.Ordinal);
        Assert.Contains(bot.Logs.Lines, l => l.Contains("2020-W44 → subscribers: 1 of 2 have the week, 1 had no paper on their topics", StringComparison.Ordinal));
        var ledger = await bot.LedgerAsync("2020-W44");
        Assert.Single(ledger, r => r.Channel.StartsWith(SubscriberChannel.NamePrefix, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Topics_are_listed_added_dropped_and_limited()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 8, 59), _digests);
        using var host = await bot.StartChatAsync();

        Assert.StartsWith("This chat is not subscribed.", await AskAsync(bot, "/topics"), StringComparison.Ordinal);
        await AskAsync(bot, "/subscribe gan");
        Assert.StartsWith("This chat follows papers about gan (1 of at most 20 topics).", await AskAsync(bot, "/topics"), StringComparison.Ordinal);
        Assert.StartsWith("This chat now follows papers about <b>, diffusion, gan, 扩散.", await AskAsync(bot, "/subscribe Diffusion, 扩散 <b>"), StringComparison.Ordinal);

        var tooMany = string.Join(' ', Enumerable.Range(1, 17).Select(i => string.Create(CultureInfo.InvariantCulture, $"t{i}")));
        Assert.StartsWith("A chat can follow at most 20 topics; that would make 21. Nothing changed.", await AskAsync(bot, "/subscribe " + tooMany), StringComparison.Ordinal);
        Assert.StartsWith("A chat can follow at most 20 topics; that would make 21.", await AskAsync(bot, "/subscribe " + tooMany + " t18 t19 t20 t21"), StringComparison.Ordinal);
        Assert.StartsWith("A topic is one word of at most 40 characters;", await AskAsync(bot, "/subscribe " + new string('x', 41)), StringComparison.Ordinal);
        Assert.StartsWith("This chat follows papers about <b>, diffusion, gan, 扩散 (4 of", await AskAsync(bot, "/topics"), StringComparison.Ordinal);

        Assert.Equal("Dropped gan. This chat now follows papers about <b>, diffusion, 扩散.", await AskAsync(bot, "/unsubscribe GAN"));
        Assert.Equal("This chat does not follow gan; it follows <b>, diffusion, 扩散.", await AskAsync(bot, "/unsubscribe gan"));
        Assert.StartsWith("This chat now follows every paper again", await AskAsync(bot, "/subscribe"), StringComparison.Ordinal);
        Assert.StartsWith("This chat follows every paper.", await AskAsync(bot, "/topics"), StringComparison.Ordinal);
        await AskAsync(bot, "/subscribe gan");
        Assert.StartsWith("Dropped gan, this chat's last topic: unsubscribed", await AskAsync(bot, "/unsubscribe gan"), StringComparison.Ordinal);
        Assert.StartsWith("This chat is not subscribed.", await AskAsync(bot, "/topics"), StringComparison.Ordinal);
        await host.StopAsync();

        Assert.All(bot.Api.To(3001), m => Assert.Null(TelegramHtml.Parse(m.Text).Error));
        Assert.Contains(bot.Api.To(3001), m => m.Text.Contains("<b>&lt;b&gt;</b>", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_digests, recursive: true);

    private static async Task<string> AskAsync(Harness.BotHarness bot, string text) => (await bot.AskAsync(3001, text)).Visible;

    private static string Week(int week, params (string Headline, string Title, string Summary)[] papers)
    {
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"# 2020 年第 {week} 周\n\n> 原文：<https://example.org/w{week}>\n\n# 1.机器学习论文\n\n"));
        var i = 0;
        foreach (var (headline, title, summary) in papers)
        {
            var url = string.Create(CultureInfo.InvariantCulture, $"https://arxiv.org/abs/2010.{week}{++i:000}");
            text.Append(CultureInfo.InvariantCulture, $"# {headline}\n\n*{title}*\n[{url}]({url})\n\n{summary}\n\n");
        }

        return text.ToString();
    }
}
