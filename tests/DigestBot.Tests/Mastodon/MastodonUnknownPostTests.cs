using DigestBot.Mastodon;
using DigestBot.Publishing;
using DigestBot.Tests.Fakes;
using DigestBot.Tests.Harness;
using static DigestBot.Tests.Harness.BotHarness;

namespace DigestBot.Tests.Mastodon;

/// <summary>
/// A post whose answer was lost is sent again with the same Idempotency-Key while Mastodon remembers the key (an
/// hour), so the instance answers with the first status; past the hour it stays unknown and is reported. The crash
/// is a real digestbot process killed between sending and sent, then started again.
/// </summary>
public sealed class MastodonUnknownPostTests
{
    private const string Week = "2020-W43";

    [Fact]
    public async Task A_lost_answer_is_sent_again_by_the_next_run_with_the_same_key_and_the_first_status_comes_back()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 10, 0));
        await using var mastodon = await WithLostAnswerAsync(bot, TimeProvider.System);

        Assert.Equal(1, await bot.RunAsync("post", "--week", Week, "--channel", "mastodon")); // the third post's fate is unknown
        Assert.Equal(PostState.Sending, (await bot.LedgerAsync(Week))[2].State);
        Assert.Equal(0, await bot.RunAsync("post", "--week", Week, "--channel", "mastodon"));

        Assert.Equal(5, mastodon.Statuses.Count); // no duplicate
        Assert.Equal(6, mastodon.Calls);
        Assert.Equal(mastodon.IdempotencyKeys[2], mastodon.IdempotencyKeys[5]);
        var rows = await bot.LedgerAsync(Week);
        Assert.All(rows, r => Assert.Equal(PostState.Sent, r.State));
        Assert.Equal(mastodon.Statuses[2].Id, rows[2].MessageId); // the first status, as the instance answered it
        Assert.Contains(bot.Logs.Lines, l => l.Contains("mastodon post https://openreview.net/forum?id=xTJEN-ggl1b was of unknown delivery; it had not arrived: sending it again", StringComparison.Ordinal));
        Assert.Contains("2020-W43 → mastodon: 1 sent now, 4 already sent, 0 pending, 0 failed, 0 unknown", bot.Output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Past_the_idempotency_window_a_lost_answer_stays_unknown_and_is_reported()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 10, 0));
        await using var mastodon = await WithLostAnswerAsync(bot, bot.Clock);

        Assert.Equal(1, await bot.RunAsync("post", "--week", Week, "--channel", "mastodon"));
        bot.Clock.Advance(MastodonChannel.IdempotencyWindow);
        Assert.Equal(1, await bot.RunAsync("post", "--week", Week, "--channel", "mastodon"));

        Assert.Equal(5, mastodon.Calls); // not sent again
        Assert.Contains("0 sent now, 4 already sent, 0 pending, 0 failed, 1 unknown", bot.Output.ToString(), StringComparison.Ordinal);
        Assert.Contains("past Mastodon's one-hour idempotency window", bot.Output.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, await bot.RunAsync("status", "--week", Week));
        Assert.Contains("2020-W43 mastodon: 4 sent, 0 pending, 0 failed, 1 unknown", bot.Output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_process_killed_mid_send_and_started_again_leaves_no_duplicate_and_nothing_unknown()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 10, 0));
        await using var mastodon = await FakeMastodonApi.StartAsync(TimeProvider.System); // both processes run on the real clock
        mastodon.On(3, new FakeReply.Hang()); // the third status is created, and the process dies before the answer
        string[] args = ["post", "--week", Week, "--channel", "mastodon", .. bot.Settings.Concat(mastodon.Settings).Select(s => $"--{s.Key}={s.Value}")];

        using (var crashed = DigestbotProcess.Start("digestbot", args))
        {
            await DigestbotProcess.WaitAsync(() => mastodon.Calls == 3, [crashed], "the third status");
            await crashed.KillAsync();
        }

        Assert.Equal(PostState.Sending, (await bot.LedgerAsync(Week))[2].State);
        using (var restarted = DigestbotProcess.Start("digestbot again", args))
        {
            await DigestbotProcess.WaitAsync(() => restarted.HasExited, [], "the second run's end");
            Assert.True(restarted.Logged("2020-W43 → mastodon: 3 sent now, 2 already sent, 0 pending, 0 failed, 0 unknown"), DigestbotProcess.Dump([restarted]));
        }

        Assert.Equal(MastodonWeek.Texts(bot, Week, new MastodonFormat()), mastodon.Statuses.Select(s => s.Text)); // each once, in order
        Assert.Equal(6, mastodon.Calls);
        Assert.Equal(2, mastodon.IdempotencyKeys.Count(k => k == mastodon.IdempotencyKeys[2]));
        Assert.All(await bot.LedgerAsync(Week), r => Assert.Equal(PostState.Sent, r.State));
        Assert.Equal(mastodon.Statuses[2].Id, mastodon.Statuses[3].InReplyTo); // the thread goes on from the status that came back
    }

    private static async Task<FakeMastodonApi> WithLostAnswerAsync(BotHarness bot, TimeProvider clock)
    {
        var mastodon = await MastodonWeek.StartMastodonAsync(bot, clock);
        mastodon.On(3, new FakeReply.Hang());
        bot.ExtraSettings["Mastodon:RequestTimeoutSeconds"] = "3"; // long enough for a cold first call on a loaded machine
        return mastodon;
    }
}
