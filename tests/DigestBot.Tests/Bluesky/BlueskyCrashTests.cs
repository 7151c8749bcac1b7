using DigestBot.Publishing;
using DigestBot.Tests.Harness;
using static DigestBot.Tests.Bluesky.PdsRig;
using static DigestBot.Tests.Harness.BotHarness;

namespace DigestBot.Tests.Bluesky;

/// <summary>A real digestbot process killed after its post reached the PDS and before the answer, then the bot restarted.</summary>
public sealed class BlueskyCrashTests
{
    [BlueskyPdsFact]
    public async Task A_process_killed_mid_send_then_restarted_leaves_no_duplicate_and_nothing_unknown()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 10, 0));
        var (account, proxy) = await WithBlueskyAsync(bot);
        await using var _ = proxy;
        proxy.On("com.atproto.repo.createRecord", 3, new ProxyAct.PassOnThenHang()); // the record lands, no answer comes

        var settings = bot.Settings.Concat(bot.ExtraSettings).Select(s => $"--{s.Key}={s.Value}");
        using (var process = DigestbotProcess.Start("digestbot", ["post", "--week", Week, "--channel", "bluesky", .. settings]))
        {
            await DigestbotProcess.WaitAsync(() => proxy.Landed("com.atproto.repo.createRecord") == 3, [process], "the third post on the PDS");
            await process.KillAsync();
        }

        var afterCrash = await bot.LedgerAsync(Week);
        Assert.Equal([PostState.Sent, PostState.Sent, PostState.Sending], afterCrash.Take(3).Select(r => r.State));
        Assert.Equal(3, (await BlueskyPds.PostsAsync(account)).Count);

        Assert.Equal(0, await bot.RunAsync("post", "--week", Week, "--channel", "bluesky"));

        var posts = await BlueskyPds.PostsAsync(account);
        Assert.Equal(Expected(bot).Order(), posts.Select(Text).Order()); // each post once
        Assert.Equal(5, proxy.Calls("com.atproto.repo.createRecord")); // 3 before the crash, then the last 2
        var ledger = await bot.LedgerAsync(Week);
        Assert.All(ledger, r => Assert.Equal(PostState.Sent, r.State));
        var third = posts.Single(p => $"{p["uri"]} {p["cid"]}" == ledger[2].MessageId);
        Assert.Equal(Expected(bot)[2], Text(third));
        var (parentUri, parentCid) = Reply(posts.Single(p => Text(p) == Expected(bot)[3]), "parent");
        Assert.Equal(ledger[2].MessageId, $"{parentUri} {parentCid}"); // the thread goes on from the post found after the crash
        Assert.Equal(0, await bot.RunAsync("status", "--week", Week));
    }
}
