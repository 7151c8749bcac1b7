using DigestBot.Publishing;
using DigestBot.Scheduling;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using static DigestBot.Tests.Admin.AdminChat;
using static DigestBot.Tests.Harness.BotHarness;

namespace DigestBot.Tests.Admin;

/// <summary>The admin commands end to end: the real host, the fake Bot API, an admin in Telegram:AdminIds.</summary>
public sealed class AdminCommandTests
{
    [Fact]
    public async Task An_admins_status_shows_the_weeks_ledger_the_schedule_and_the_pause()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 10, 30)); // the start-up run posts 2020-W43
        var expected = bot.ExpectedTexts("2020-W43");
        using var host = await StartAsync(bot);
        await bot.LoggedAsync($"2020-W43 → telegram: {expected.Count} sent now");

        var status = (await bot.AskAsync(Owner, "/status")).Visible;

        Assert.Contains($"2020-W43 telegram: {expected.Count} sent, 0 pending, 0 failed, 0 unknown", status, StringComparison.Ordinal);
        Assert.Contains("Last fire: 2020-10-19 09:00:00Z; next fire: 2020-10-26 09:00:00Z", status, StringComparison.Ordinal);
        Assert.Contains("Posting: on", status, StringComparison.Ordinal);
        Assert.Contains("Subscribers: 0", status, StringComparison.Ordinal);
        Assert.Contains("Admin 1001: /status", string.Join("\n", bot.Logs.Lines), StringComparison.Ordinal);
        await host.StopAsync();
    }

    [Theory]
    [InlineData(Stranger, "private")]
    [InlineData(Owner, "group")]
    public async Task Anyone_else_is_answered_as_for_an_unknown_command_and_nothing_changes(long user, string chatType)
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 8, 59));
        using var host = await StartAsync(bot);
        const long chat = -4242;
        var target = chatType == "private" ? user : chat;

        foreach (var command in new[] { "/pause", "/status", "/postnow 43", "/resend telegram 2020-W43", "/resume" })
        {
            var addressed = chatType == "private" ? command : command.Split(' ')[0] + "@" + Fakes.FakeBotApi.Username + command[command.Split(' ')[0].Length..];
            var before = bot.Api.To(target).Count;
            bot.Api.Say(target, user, addressed, chatType, "en");
            await bot.AdvanceUntilAsync(() => bot.Api.To(target).Count > before, TimeSpan.FromMilliseconds(100));
            var name = command.Split(' ')[0][1..];
            Assert.Equal($"I don't know /{name}. /help lists what I can do.", bot.Api.To(target)[before].Visible);
        }

        bot.Clock.SetUtcNow(At(2020, 10, 26, 8, 59)); // the next fire, 2020-W44, posts: nothing was paused
        await bot.AdvanceUntilAsync(() => ChannelPosts(bot) == bot.ExpectedTexts("2020-W44").Count);
        await host.StopAsync();
    }

    [Fact]
    public async Task Pause_stops_the_schedules_fire_and_resume_lets_it_post()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 8, 59));
        var expected = bot.ExpectedTexts("2020-W43");
        using var host = await StartAsync(bot);
        await bot.LoggedAsync("No digest for 2020-W42");

        Assert.StartsWith("Scheduled posting and subscriber delivery are paused", (await bot.AskAsync(Owner, "/pause")).Visible, StringComparison.Ordinal);
        await bot.LoggedAsync("Posting is paused (/resume restarts it): nothing posted for 2020-W43");
        Assert.Equal(0, ChannelPosts(bot));
        Assert.Contains("Posting: paused", (await bot.AskAsync(Owner, "/status")).Visible, StringComparison.Ordinal);

        Assert.Equal("Scheduled posting and subscriber delivery are on again.", (await bot.AskAsync(Owner, "/resume")).Visible);
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(WeeklyPostJob.Key);
        await bot.AdvanceUntilAsync(() => ChannelPosts(bot) == expected.Count);
        await host.StopAsync();
    }

    [Fact]
    public async Task Postnow_posts_the_week_through_the_ledger_and_answers_with_the_reports()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 8, 59));
        var expected = bot.ExpectedTexts("2020-W43");
        using var host = await StartAsync(bot);
        await bot.LoggedAsync("No digest for 2020-W42");

        var reply = (await bot.AskAsync(Owner, "/postnow 43")).Visible;

        Assert.StartsWith("Posted 2020-W43:\n2020-W43 → telegram: " + expected.Count + " sent now", reply, StringComparison.Ordinal);
        Assert.Equal(expected, bot.Api.Delivered.Where(m => m.ChatId == "@digestbot_test").Select(m => m.Text));
        Assert.All(await bot.LedgerAsync("2020-W43"), row => Assert.Equal(PostState.Sent, row.State));
        await host.StopAsync();
    }

    [Fact]
    public async Task Resend_re_sends_the_unknown_post_of_that_week_on_that_channel()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 8, 59));
        var expected = bot.ExpectedTexts("2020-W43");
        using var host = await StartAsync(bot);
        await bot.LoggedAsync("No digest for 2020-W42");
        await bot.AskAsync(Owner, "/postnow 2020-W43");
        var unknown = (await bot.LedgerAsync("2020-W43"))[1];
        await MarkUnknownAsync(bot, unknown.Entry);

        Assert.Single(await bot.LedgerAsync("2020-W43"), row => row.State == PostState.Sending);
        bot.Clock.SetUtcNow(At(2020, 10, 19, 9, 30)); // the scheduled week is now 2020-W43
        var status = (await bot.AskAsync(Owner, "/status")).Visible;
        Assert.Contains($"2020-W43 telegram: {expected.Count - 1} sent, 0 pending, 0 failed, 1 unknown", status, StringComparison.Ordinal);
        Assert.Contains("then /resend CHANNEL WEEK (/resend telegram 2020-W43) re-sends them", status, StringComparison.Ordinal);
        var reply = (await bot.AskAsync(Owner, "/resend telegram 2020-W43")).Visible;

        Assert.StartsWith("Posted 2020-W43:\n2020-W43 → telegram: 1 sent now", reply, StringComparison.Ordinal);
        Assert.Equal(expected.Count + 1, ChannelPosts(bot));
        Assert.Equal(expected[1], bot.Api.Delivered.Last(m => m.ChatId == "@digestbot_test").Text);
        await host.StopAsync();
    }

    /// <summary>As if the process had died between sending the post and recording Telegram's answer.</summary>
    private static async Task MarkUnknownAsync(Harness.BotHarness bot, string entry)
    {
        await using var connection = new SqliteConnection($"Data Source={bot.Database}");
        await connection.OpenAsync();
        await using var update = connection.CreateCommand();
        update.CommandText = "UPDATE posts SET state = 'sending', message_id = NULL WHERE week = '2020-W43' AND entry = $entry AND channel = 'telegram';";
        update.Parameters.AddWithValue("$entry", entry);
        Assert.Equal(1, await update.ExecuteNonQueryAsync());
    }
}
