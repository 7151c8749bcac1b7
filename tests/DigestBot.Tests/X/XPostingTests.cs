using DigestBot.Digests;
using DigestBot.Publishing;
using DigestBot.Tests.Fakes;
using DigestBot.Tests.Harness;
using DigestBot.X;
using static DigestBot.Tests.Harness.BotHarness;

namespace DigestBot.Tests.X;

/// <summary>`digestbot post --channel x` through the real host and XClient against the fake X API.</summary>
public sealed class XPostingTests
{
    private const string Week = "2020-W43";

    [Fact]
    public async Task A_week_is_posted_once_as_a_thread_in_digest_order()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 10, 0));
        await using var x = await WithXAsync(bot);

        Assert.Equal(0, await bot.RunAsync("post", "--week", Week, "--channel", "x"));
        Assert.Equal(0, await bot.RunAsync("post", "--week", Week, "--channel", "x"));

        var thread = x.Posted;
        Assert.Equal(Expected(bot), thread.Select(t => t.Text));
        Assert.Null(thread[0].InReplyTo);
        Assert.All(thread.Skip(1).Zip(thread), pair => Assert.Equal(pair.Second.Id, pair.First.InReplyTo));
        Assert.Equal(thread.Count, x.Calls);
        Assert.Contains("2020-W43 → x: 0 sent now, 5 already sent", bot.Output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_thread_cut_by_a_lost_answer_continues_from_the_last_sent_post_without_duplicates()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 10, 0));
        await using var x = await WithXAsync(bot);
        x.On(3, new FakeReply.Hang());
        bot.ExtraSettings["X:RequestTimeoutSeconds"] = "3"; // long enough for a cold first call on a loaded machine

        Assert.Equal(1, await bot.RunAsync("post", "--week", Week, "--channel", "x"));
        Assert.Equal(1, await bot.RunAsync("post", "--week", Week, "--channel", "x")); // the unknown one is not re-posted

        var thread = x.Posted;
        Assert.Equal(Expected(bot), thread.Select(t => t.Text));
        Assert.Equal(thread[1].Id, thread[3].InReplyTo); // the post after the unknown one replies to the last known
        var unknown = Assert.Single(await bot.LedgerAsync(Week), r => r.State == PostState.Sending);
        Assert.Equal("timed out waiting for X: delivery unknown", unknown.Reason);

        // Re-sending it on request meets X's duplicate check: failed for good, never retried again.
        Assert.Equal(1, await bot.RunAsync("post", "--week", Week, "--channel", "x", "--resend-unknown"));
        Assert.Equal(1, await bot.RunAsync("post", "--week", Week, "--channel", "x"));
        Assert.Equal(5, x.Posted.Count);
        Assert.Equal(6, x.Calls); // 5 in the first run, 1 re-send; the last run asked nothing
        var failed = Assert.Single(await bot.LedgerAsync(Week), r => r.State == PostState.Failed);
        Assert.Equal("403 duplicate content: You are not allowed to create a Tweet with duplicate content.", failed.Reason);
    }

    [Fact]
    public async Task Too_many_requests_waits_until_the_rate_limit_resets()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 10, 0));
        await using var x = await WithXAsync(bot);
        x.On(2, new FakeReply.ApiError(429, "Too Many Requests", RetryAfter: 120));

        Assert.Equal(0, await bot.RunAsync("post", "--week", Week, "--channel", "x"));

        Assert.Equal(Expected(bot), x.Posted.Select(t => t.Text));
        Assert.True(x.Posted[1].PostedAt - x.Posted[0].PostedAt >= TimeSpan.FromSeconds(119), $"retried at {x.Posted[1].PostedAt}");
    }

    [Fact]
    public async Task Wrong_credentials_stop_the_channel_naming_the_four_settings()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 10, 0));
        await using var x = await WithXAsync(bot);
        bot.ExtraSettings["X:AccessTokenSecret"] = "not-the-secret";

        Assert.Equal(1, await bot.RunAsync("post", "--week", Week, "--channel", "x"));

        Assert.Empty(x.Posted);
        Assert.Equal(1, x.Calls);
        Assert.Contains("stopped: 401 Unauthorized: check X:ConsumerKey, X:ConsumerSecret, X:AccessToken and X:AccessTokenSecret", bot.Output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-secret", bot.Output.ToString() + string.Join("\n", bot.Logs.Lines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_daily_cap_holds_posts_until_the_window_frees_also_across_restarts()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 10, 0));
        await using var x = await WithXAsync(bot);
        bot.ExtraSettings["X:MaxPostsPerDay"] = "5";

        Assert.Equal(0, await bot.RunAsync("post", "--week", Week, "--channel", "x"));
        Assert.Equal(0, await bot.RunAsync(TimeSpan.FromMinutes(10), "post", "--week", "2020-W44", "--channel", "x")); // a new host: the count comes from the ledger

        var posted = x.Posted;
        Assert.Equal(9, posted.Count);
        Assert.True(posted[5].PostedAt >= posted[0].PostedAt.AddDays(1), $"the sixth post went at {posted[5].PostedAt}, the first at {posted[0].PostedAt}");
    }

    [Fact]
    public async Task Partial_credentials_are_a_setting_error_naming_what_is_missing()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 10, 0));
        bot.ExtraSettings["X:ConsumerKey"] = "key";
        bot.ExtraSettings["X:ConsumerSecret"] = "secret";

        Assert.Equal(2, await bot.RunAsync("post", "--week", Week));

        Assert.Equal("digestbot post: X:AccessToken, X:AccessTokenSecret missing: X needs all four of X:ConsumerKey, X:ConsumerSecret, X:AccessToken and X:AccessTokenSecret.",
            bot.Error.ToString().Trim());
    }

    private static async Task<FakeXApi> WithXAsync(BotHarness bot)
    {
        var x = await FakeXApi.StartAsync(bot.Clock);
        bot.ExtraSettings["X:ApiBaseUrl"] = x.BaseUrl;
        bot.ExtraSettings["X:ConsumerKey"] = FakeXApi.Keys.ConsumerKey;
        bot.ExtraSettings["X:ConsumerSecret"] = FakeXApi.Keys.ConsumerSecret;
        bot.ExtraSettings["X:AccessToken"] = FakeXApi.Keys.AccessToken;
        bot.ExtraSettings["X:AccessTokenSecret"] = FakeXApi.Keys.AccessTokenSecret;
        return x;
    }

    private static List<string> Expected(BotHarness bot)
    {
        var digest = DigestLookup.Find(DigestFolder.Load(bot.Digests).Select(p => p.Digest).ToList(), Week)!;
        return WeekPlan.For(digest, new XFormat()).Select(p => p.Text).ToList();
    }
}
