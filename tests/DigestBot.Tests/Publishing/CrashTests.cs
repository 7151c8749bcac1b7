using DigestBot.Publishing;
using DigestBot.Tests.Fakes;
using DigestBot.Tests.Harness;
using static DigestBot.Tests.Harness.BotHarness;

namespace DigestBot.Tests.Publishing;

/// <summary>A real digestbot process killed between "sending" and "sent", then the bot restarted on the same ledger.</summary>
public sealed class CrashTests
{
    [Fact]
    public async Task A_process_killed_mid_send_then_restarted_sends_no_duplicate_posts_the_rest_and_reports_the_unknown_one()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 10, 0));
        var expected = bot.ExpectedTexts("2020-W43");
        bot.Api.On(3, new FakeReply.Hang()); // the third message arrives, and the process dies before the answer

        using (var process = StartDigestbot(bot, "post", "--week", "2020-W43", "--Telegram:ChannelMessagesPerMinute=20"))
        {
            await DigestbotProcess.WaitAsync(() => bot.Api.Calls.Count == 3, [process], "the third message");
            await process.KillAsync();
        }

        var afterCrash = await bot.LedgerAsync("2020-W43");
        Assert.Equal([PostState.Sent, PostState.Sent, PostState.Sending], afterCrash.Take(3).Select(r => r.State));
        Assert.All(afterCrash.Skip(3), row => Assert.Equal(PostState.Pending, row.State));

        using (var host = bot.BuildHost()) // restart: the start-up run catches up Monday's fire
        {
            await host.StartAsync();
            await bot.LoggedAsync($"2020-W43 → telegram: {expected.Count - 3} sent now, 2 already sent, 0 pending, 0 failed, 1 unknown");
            await host.StopAsync();
        }

        Assert.Equal(expected, bot.Api.Calls.Select(m => m.Text)); // each post asked for once, in order: no duplicate
        Assert.Equal(1, await bot.RunAsync("status", "--week", "2020-W43"));
        Assert.Contains($"2020-W43 telegram: {expected.Count - 1} sent, 0 pending, 0 failed, 1 unknown", bot.Output.ToString(), StringComparison.Ordinal);
        Assert.Contains($"unknown {afterCrash[2].Entry}", bot.Output.ToString(), StringComparison.Ordinal);

        // Only an explicit --resend-unknown sends it again (it may now appear twice in the channel).
        Assert.Equal(1, await bot.RunAsync("post", "--week", "2020-W43")); // not complete: one post's fate is unknown
        Assert.Equal(expected.Count, bot.Api.Calls.Count);
        Assert.Contains("--resend-unknown", bot.Output.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await bot.RunAsync("post", "--week", "2020-W43", "--resend-unknown"));
        Assert.Equal(expected[2], bot.Api.Calls[^1].Text);
        Assert.All(await bot.LedgerAsync("2020-W43"), row => Assert.Equal(PostState.Sent, row.State));
    }

    [Fact]
    public async Task An_x_thread_cut_by_a_killed_process_continues_from_the_last_sent_post_without_duplicates()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 10, 0));
        await using var x = await FakeXApi.StartAsync(bot.Clock);
        var settings = new Dictionary<string, string?>
        {
            ["X:ApiBaseUrl"] = x.BaseUrl,
            ["X:ConsumerKey"] = FakeXApi.Keys.ConsumerKey,
            ["X:ConsumerSecret"] = FakeXApi.Keys.ConsumerSecret,
            ["X:AccessToken"] = FakeXApi.Keys.AccessToken,
            ["X:AccessTokenSecret"] = FakeXApi.Keys.AccessTokenSecret,
        };
        foreach (var (key, value) in settings)
        {
            bot.ExtraSettings[key] = value;
        }

        x.On(3, new FakeReply.Hang()); // the third post lands on X, and the process dies before the answer
        using (var process = StartDigestbot(bot, ["post", "--week", "2020-W43", "--channel", "x", .. settings.Select(s => $"--{s.Key}={s.Value}")]))
        {
            await DigestbotProcess.WaitAsync(() => x.Calls == 3, [process], "the third post");
            await process.KillAsync();
        }

        Assert.Equal(1, await bot.RunAsync("post", "--week", "2020-W43", "--channel", "x")); // 1: one post's fate is unknown

        var thread = x.Posted;
        Assert.Equal(5, thread.Count);
        Assert.Equal(thread.Select(t => t.Text).Distinct().Count(), thread.Count);
        Assert.Equal(thread[1].Id, thread[3].InReplyTo); // continues from the last post the ledger knows was sent
        Assert.Equal(thread[3].Id, thread[4].InReplyTo);
    }

    private static DigestbotProcess StartDigestbot(BotHarness bot, params string[] args) =>
        DigestbotProcess.Start("digestbot", args.Concat(bot.Settings.Select(s => $"--{s.Key}={s.Value}")));
}
