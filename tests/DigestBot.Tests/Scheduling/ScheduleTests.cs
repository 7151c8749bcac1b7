using DigestBot.Publishing;
using DigestBot.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using static DigestBot.Tests.Harness.BotHarness;

namespace DigestBot.Tests.Scheduling;

/// <summary>The real host, its Quartz schedule and the Telegram channel, on a fake clock against the fake Bot API.</summary>
public sealed class ScheduleTests
{
    [Fact]
    public async Task The_trigger_fires_at_the_configured_time_and_each_paper_lands_once_in_order()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 8, 59)); // Monday of 2020-W43
        var expected = bot.ExpectedTexts("2020-W43");
        using var host = bot.BuildHost();
        await host.StartAsync();

        await bot.LoggedAsync("No digest for 2020-W42"); // the start-up run looks at last Monday's fire: nothing to post
        Assert.Empty(bot.Api.Calls);
        await bot.AdvanceUntilAsync(() => bot.Api.Delivered.Count == expected.Count);
        await bot.LoggedAsync($"2020-W43 → telegram: {expected.Count} sent now"); // the last answer has reached the ledger

        var delivered = bot.Api.Delivered;
        Assert.Equal(expected, delivered.Select(m => m.Text));
        Assert.All(delivered, m => Assert.Equal(("@digestbot_test", "html", false), (m.ChatId, m.ParseMode?.ToLowerInvariant(), m.PreviewDisabled)));
        Assert.True(delivered[0].ArrivedAt >= At(2020, 10, 19, 9, 0), $"first post at {delivered[0].ArrivedAt}");
        var ledger = await bot.LedgerAsync("2020-W43");
        Assert.All(ledger, row => Assert.Equal(PostState.Sent, row.State));
        Assert.Equal(Enumerable.Range(1, expected.Count).Select(i => $"{i}"), ledger.Select(r => r.MessageId));

        // A second fire of the same week posts nothing.
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(WeeklyPostJob.Key);
        await bot.LoggedAsync($"2020-W43 → telegram: 0 sent now, {expected.Count} already sent");
        Assert.Equal(expected.Count, bot.Api.Calls.Count);

        // A week later the trigger fires again, for 2020-W44.
        var next = bot.ExpectedTexts("2020-W44");
        bot.Clock.SetUtcNow(At(2020, 10, 26, 8, 59));
        await bot.AdvanceUntilAsync(() => bot.Api.Delivered.Count == expected.Count + next.Count);
        Assert.Equal(next, bot.Api.Delivered.Skip(expected.Count).Select(m => m.Text));
        Assert.True(bot.Api.Delivered[expected.Count].ArrivedAt >= At(2020, 10, 26, 9, 0));
        await host.StopAsync();
    }

    [Fact]
    public async Task A_fire_missed_while_the_bot_was_down_is_caught_up_once_at_start_up()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 10, 30)); // an hour and a half after Monday 09:00
        var expected = bot.ExpectedTexts("2020-W43");
        using (var host = bot.BuildHost())
        {
            await host.StartAsync();
            await bot.AdvanceUntilAsync(() => bot.Api.Delivered.Count == expected.Count);
            await bot.LoggedAsync($"2020-W43 → telegram: {expected.Count} sent now");
            await host.StopAsync();
        }

        using (var restarted = bot.BuildHost())
        {
            await restarted.StartAsync();
            await bot.LoggedAsync($"2020-W43 → telegram: 0 sent now, {expected.Count} already sent");
            await restarted.StopAsync();
        }

        Assert.Equal(expected, bot.Api.Calls.Select(m => m.Text));
    }

    [Fact]
    public async Task A_week_without_a_digest_posts_nothing_and_says_so()
    {
        await using var bot = await CreateAsync(At(2021, 3, 1, 9, 30)); // 2021-W09: no sample digest
        using var host = bot.BuildHost();
        await host.StartAsync();

        await bot.LoggedAsync("No digest for 2021-W09");
        await host.StopAsync();

        Assert.Empty(bot.Api.Calls);
        Assert.Empty(await bot.LedgerAsync());
    }

    [Fact]
    public async Task The_schedule_runs_in_the_configured_time_zone()
    {
        // 09:00 in Tokyo on Monday 2020-10-19 is 00:00 UTC; the bot starts at 23:59 UTC on Sunday.
        await using var bot = await CreateAsync(At(2020, 10, 18, 23, 59));
        bot.ExtraSettings["Schedule:TimeZone"] = "Asia/Tokyo";
        using var host = bot.BuildHost();
        await host.StartAsync();

        await bot.AdvanceUntilAsync(() => bot.Api.Delivered.Count > 0);
        await host.StopAsync();

        // Not before 09:00 in Tokyo, and hours before 09:00 UTC (the fake clock keeps moving while the job works).
        Assert.InRange(bot.Api.Delivered[0].ArrivedAt, At(2020, 10, 19, 0, 0), At(2020, 10, 19, 1, 0));
        Assert.StartsWith("<b>ML News 2020-W43", bot.Api.Delivered[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_schedule_posts_to_every_configured_channel_the_telegram_channel_and_an_x_thread()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 8, 59));
        await using var x = await Fakes.FakeXApi.StartAsync(bot.Clock);
        bot.ExtraSettings["X:ApiBaseUrl"] = x.BaseUrl;
        bot.ExtraSettings["X:ConsumerKey"] = Fakes.FakeXApi.Keys.ConsumerKey;
        bot.ExtraSettings["X:ConsumerSecret"] = Fakes.FakeXApi.Keys.ConsumerSecret;
        bot.ExtraSettings["X:AccessToken"] = Fakes.FakeXApi.Keys.AccessToken;
        bot.ExtraSettings["X:AccessTokenSecret"] = Fakes.FakeXApi.Keys.AccessTokenSecret;
        using var host = bot.BuildHost();
        await host.StartAsync();

        await bot.LoggedAsync("2020-W43: the run is over for every channel and subscriber");
        await host.StopAsync();

        Assert.Equal(bot.ExpectedTexts("2020-W43"), bot.Api.Delivered.Select(m => m.Text));
        Assert.Equal(5, x.Posted.Count);
        Assert.All(x.Posted.Skip(1).Zip(x.Posted), pair => Assert.Equal(pair.Second.Id, pair.First.InReplyTo));
        Assert.True(x.Posted[0].PostedAt >= At(2020, 10, 19, 9, 0));
    }
}
