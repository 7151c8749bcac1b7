using DigestBot.Tests.Fakes;
using DigestBot.Tests.Harness;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using static DigestBot.Tests.Harness.BotHarness;

namespace DigestBot.Tests.Subscribers;

/// <summary>/subscribe, then the week in each subscriber's chat as one message: once each, through 429, 403 and migration.</summary>
public sealed class SubscriberTests
{
    [Fact]
    public async Task Each_subscriber_gets_the_week_once_as_one_message_a_blocked_one_is_removed_and_a_migrated_group_is_followed()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 8, 59)); // Monday of 2020-W43, a minute before the fire
        bot.ExtraSettings["Telegram:PollTimeoutSeconds"] = "1";
        long[] readers = [3001, 3002, 3003];
        const long group = -5001, supergroup = -1005001;
        var expected = bot.SubscriberTexts("2020-W43");
        Assert.Single(expected); // the header and four papers fit one message

        using (var host = bot.BuildHost())
        {
            await host.StartAsync();
            foreach (var reader in readers)
            {
                Assert.StartsWith("Subscribed", (await bot.AskAsync(reader, "/subscribe")).Visible, StringComparison.Ordinal);
            }

            Assert.StartsWith("This chat is already subscribed", (await bot.AskAsync(3001, "/subscribe")).Visible, StringComparison.Ordinal);
            bot.Api.Say(group, 9, "/subscribe@DigestBot", "group");
            await bot.AdvanceUntilAsync(() => bot.Api.To(group).Count == 1, TimeSpan.FromMilliseconds(100));
            bot.Api.Block(3002);
            bot.Api.Migrate(group, supergroup);
            bot.Api.On(bot.Api.Calls.Count + 4, FakeReply.TooManyRequests(3)); // one of the week's sends is rate-limited

            await bot.AdvanceUntilAsync(() => Delivered(bot, 3001) == expected.Count && Delivered(bot, 3003) == expected.Count && Delivered(bot, supergroup) == expected.Count);
            await bot.LoggedAsync("Removed subscriber 3002: 403 Forbidden: bot was blocked by the user");
            await bot.LoggedAsync("2020-W43: the run is over for every channel and subscriber");
            await host.StopAsync();
        }

        foreach (var chat in new[] { 3001, 3003, supergroup })
        {
            var week = Assert.Single(bot.Api.To(chat), IsWeek);
            Assert.Equal((expected[0], true), (week.Text, week.PreviewDisabled));
        }

        Assert.Equal(bot.ExpectedTexts("2020-W43"), bot.Api.To(FakeBotApi.ChannelId).Concat(bot.Api.Delivered.Where(m => m.ChatId == FakeBotApi.ChannelName)).Select(m => m.Text));
        Assert.Equal([3003, 3001, supergroup], await Subscribers(bot));

        using (var restarted = bot.BuildHost()) // the same week again: nothing more for anyone
        {
            var before = bot.Api.Calls.Count;
            await restarted.StartAsync();
            await bot.LoggedAsync("2020-W43: the run is over for every channel and subscriber");
            var subscriberRuns = bot.Logs.Lines.Where(l => l.Contains("2020-W43 → subscriber:", StringComparison.Ordinal)).ToList();
            Assert.Equal(3, subscriberRuns.Count); // 3001, 3003 and the migrated group
            Assert.All(subscriberRuns, l => Assert.Contains(": 0 sent now, 1 already sent", l, StringComparison.Ordinal));
            await restarted.StopAsync();
            Assert.Equal(before, bot.Api.Calls.Count);
        }
    }

    [Fact]
    public async Task Unsubscribe_stops_the_posts()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 8, 59));
        bot.ExtraSettings["Telegram:PollTimeoutSeconds"] = "1";
        using var host = bot.BuildHost();
        await host.StartAsync();

        Assert.StartsWith("This chat was not subscribed", (await bot.AskAsync(3001, "/unsubscribe")).Visible, StringComparison.Ordinal);
        await bot.AskAsync(3001, "/subscribe");
        Assert.StartsWith("Unsubscribed", (await bot.AskAsync(3001, "/unsubscribe")).Visible, StringComparison.Ordinal);
        await bot.AdvanceUntilAsync(() => bot.Logs.Lines.Any(l => l.Contains("2020-W43 → telegram:", StringComparison.Ordinal)));
        await host.StopAsync();

        Assert.Empty(await Subscribers(bot));
        Assert.Equal(3, bot.Api.To(3001).Count);
    }

    private static int Delivered(BotHarness bot, long chat) => bot.Api.To(chat).Count(IsWeek);

    private static bool IsWeek(FakeMessage message) => message.Text.StartsWith("<b>ML News", StringComparison.Ordinal);

    private static async Task<List<long>> Subscribers(BotHarness bot)
    {
        await using var connection = new SqliteConnection($"Data Source={bot.Database}");
        await connection.OpenAsync();
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT chat_id FROM subscribers ORDER BY chat_id DESC";
        var chats = new List<long>();
        await using var reader = await select.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            chats.Add(reader.GetInt64(0));
        }

        return chats;
    }
}
