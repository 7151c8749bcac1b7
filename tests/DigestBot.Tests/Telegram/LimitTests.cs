using System.Globalization;
using System.Text;
using DigestBot.Storage;
using DigestBot.Subscribers;
using DigestBot.Tests.Fakes;
using DigestBot.Tests.Harness;
using Microsoft.Extensions.Options;
using static DigestBot.Tests.Harness.BotHarness;

namespace DigestBot.Tests.Telegram;

/// <summary>
/// The real host against a fake Bot API that enforces Telegram's limits (30 a second, one a second per chat, 20 a
/// minute per group or channel) on the fake clock: a burst of commands and a broadcast never draw a 429, and
/// never go faster than Telegram:MessagesPerSecond.
/// </summary>
public sealed class LimitTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(10);

    [Fact]
    public async Task A_burst_of_commands_from_a_hundred_people_is_all_answered_at_the_rate_without_a_429()
    {
        await using var bot = await CreateAsync(At(2020, 10, 21, 12, 0));
        bot.Api.Limits = new FloodControl();
        using var host = await bot.StartChatAsync();
        var people = Enumerable.Range(20_001, 100).Select(i => (long)i).ToList();
        people.ForEach(p => bot.Api.Say(p, p, "/week 43"));

        await bot.AdvanceSettledAsync(host, () => people.All(p => bot.Api.To(p).Count == 1), Step);
        await host.StopAsync();

        Assert.All(people, p => Assert.StartsWith("ML News 2020-W43 · 4 papers", Assert.Single(bot.Api.To(p)).Visible, StringComparison.Ordinal));
        Assert.Equal((0, 0), (bot.Api.Limits.TooManyRequests, bot.Api.Limits.SentDuringRetryAfter));
        AssertNeverFasterThan25ASecond(bot.Api.Delivered);

        // The queue's counts outlive the process: `digestbot status` shows what the run wrote at its stop.
        await bot.RunAsync("status");
        Assert.Matches(@"Telegram queue of \S+ at [0-9-]+ [0-9:]+Z: 0 waiting, 100 sent, 0 × 429, 0 answers dropped for age\n", bot.Output.ToString());
    }

    [Fact]
    public async Task A_broadcast_gives_each_subscriber_the_week_once_within_the_limits_and_a_command_in_the_middle_is_answered_first()
    {
        var digests = Directory.CreateTempSubdirectory("digestbot-long-").FullName;
        File.WriteAllText(Path.Combine(digests, "2020-w43.md"), LongWeek(papers: 35));
        await using var bot = await CreateAsync(At(2020, 10, 19, 9, 0), digests); // the fire of 2020-W43: the start-up run posts it
        bot.ExtraSettings["Telegram:PollTimeoutSeconds"] = "1";
        bot.Api.Limits = new FloodControl();
        var subscribers = Enumerable.Range(30_001, 100).Select(i => (long)i).ToList();
        await SubscribeAsync(bot, subscribers);
        var parts = bot.SubscriberTexts("2020-W43");
        Assert.True(parts.Count >= 2, $"the long week should need several messages, not {parts.Count}");

        using var host = bot.BuildHost();
        await host.StartAsync();
        await bot.AdvanceSettledAsync(host, () => bot.Api.To(subscribers[40]).Count > 0, Step);
        const long Reader = 40_000;
        var asked = bot.Clock.GetUtcNow();
        bot.Api.Say(Reader, Reader, "/week 44");
        await bot.AdvanceSettledAsync(host, () => bot.Api.To(Reader).Count == 1, Step);
        var answered = bot.Api.To(Reader)[0].ArrivedAt;
        await bot.AdvanceSettledAsync(host, () => bot.Logs.Lines.Any(l => l.Contains("→ subscribers:", StringComparison.Ordinal)), Step);
        await bot.AdvanceSettledAsync(host, () => bot.Logs.Lines.Any(l => l.Contains("the run is over", StringComparison.Ordinal)), TimeSpan.FromSeconds(1)); // the channel's 20 a minute
        await host.StopAsync();

        Assert.All(subscribers, s => Assert.Equal(parts, bot.Api.To(s).Select(m => m.Text)));
        AssertNeverFasterThan25ASecond(bot.Api.Delivered);
        Assert.Equal(36, bot.Api.To(FakeBotApi.ChannelId).Count + bot.Api.Delivered.Count(m => m.ChatId == FakeBotApi.ChannelName));
        Assert.Equal((0, 0), (bot.Api.Limits.TooManyRequests, bot.Api.Limits.SentDuringRetryAfter));
        Assert.True(answered - asked < TimeSpan.FromSeconds(2), $"/week 44 took {answered - asked} in the middle of the broadcast");
        Assert.Contains(bot.Logs.Lines, l => l.Contains("2020-W43 → subscribers: 100 of 100 have the week", StringComparison.Ordinal));
    }

    /// <summary>
    /// Messages arrive at least 40 ms apart, Telegram:MessagesPerSecond's slots (the fake clock moves only while the
    /// queue waits, so arrival times are the queue's). How close to the rate it runs depends on how fast the machine
    /// fills the queue: the benchmarks measure that on the wall clock.
    /// </summary>
    private static void AssertNeverFasterThan25ASecond(IEnumerable<FakeMessage> messages)
    {
        var times = messages.Select(m => m.ArrivedAt).Order().ToList();
        Assert.All(times.Zip(times.Skip(1), (a, b) => b - a), gap => Assert.True(gap >= TimeSpan.FromMilliseconds(40), $"two messages {gap.TotalMilliseconds} ms apart"));
    }

    /// <summary>A weekly digest of many papers with long summaries.</summary>
    private static string LongWeek(int papers)
    {
        var text = new StringBuilder("# 2020 年第 43 周\n\n> 原文：<https://example.org/digestbot/samples/long-2020-w43>\n\n# 1.机器学习论文\n\n");
        for (var i = 1; i <= papers; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"# 第 {i} 篇论文：用 <b>标记</b> & 特殊字符测试转义\n\n*Paper {i}: a title*\n[https://arxiv.org/abs/2010.{10000 + i}](https://arxiv.org/abs/2010.{10000 + i})\n\n");
            text.Append(CultureInfo.InvariantCulture, $"作者提出了第 {i} 种方法，{string.Concat(Enumerable.Repeat("在多个基准上显著提升了精度与效率，", 4))}并公开了代码。第二句不会出现在帖子里。\n\n");
        }

        return text.ToString();
    }

    private static async Task SubscribeAsync(BotHarness bot, IEnumerable<long> chats)
    {
        var store = new SqlSubscriberStore(new StateDatabase(Options.Create(new StorageOptions { ConnectionString = $"Data Source={bot.Database}" })), bot.Clock);
        foreach (var chat in chats)
        {
            await store.AddAsync(chat, CancellationToken.None);
            bot.Api.AddChat(chat);
        }
    }
}
