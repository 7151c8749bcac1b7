using DigestBot.Scheduling;
using DigestBot.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;
using static DigestBot.Tests.Admin.AdminChat;
using static DigestBot.Tests.Harness.BotHarness;

namespace DigestBot.Tests.Admin;

/// <summary>/pause is kept in the shared PostgreSQL database, so another instance's weekly job honours it.</summary>
public sealed class ClusterPauseTests
{
    [PostgresFact]
    public async Task Pause_in_one_instance_stops_the_next_scheduled_fire_in_another()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var bot = await CreateAsync(At(2020, 10, 19, 8, 59));
        bot.ExtraSettings["Storage:Provider"] = "postgres";
        bot.ExtraSettings["Storage:ConnectionString"] = database.ConnectionString;
        using var answering = await StartAsync(bot);
        Assert.StartsWith("Scheduled posting and subscriber delivery are paused", (await bot.AskAsync(Owner, "/pause")).Visible, StringComparison.Ordinal);

        using var other = bot.BuildHost(withScheduler: false); // a second instance on the same database
        var job = ActivatorUtilities.CreateInstance<WeeklyPostJob>(other.Services);
        await job.RunAsync(startup: false, At(2020, 10, 19, 9, 0), CancellationToken.None);

        await bot.LoggedAsync("Posting is paused (/resume restarts it): nothing posted for 2020-W43");
        Assert.Equal(0, ChannelPosts(bot));
        Assert.Equal("true", await database.ScalarAsync<string>("SELECT value FROM bot_state WHERE name = 'paused'"));
        await answering.StopAsync();
    }
}
