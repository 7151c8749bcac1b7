using DigestBot.Tests.Fakes;
using DigestBot.Tests.Harness;

namespace DigestBot.Tests.Cli;

/// <summary>`digestbot check` against the fake platforms: one line per check, and the first failure stops it.</summary>
public sealed class CheckCommandTests
{
    private static readonly DateTimeOffset Now = BotHarness.At(2026, 3, 2, 9, 0);

    [Fact]
    public async Task Check_passes_against_the_fakes_with_one_line_per_configured_platform()
    {
        await using var bot = await BotHarness.CreateAsync(Now);
        await using var x = await FakeXApi.StartAsync(bot.Clock);
        await using var mastodon = await FakeMastodonApi.StartAsync(bot.Clock);
        UseX(bot, x, FakeXApi.Keys.AccessTokenSecret);
        UseMastodon(bot, mastodon, FakeMastodonApi.Token);

        var exit = await bot.RunAsync("check");

        Assert.True(exit == 0, bot.Error.ToString());
        var lines = bot.Output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(["settings", "database", "telegram", "x", "mastodon"], lines.Select(l => l.Split(':')[0]));
        Assert.Contains($"telegram: ok (@{FakeBotApi.Username}, channel {FakeBotApi.ChannelName})", lines);
        Assert.Contains("x: ok (@DigestBot)", lines);
        Assert.Contains("mastodon: ok (@digestbot)", lines);
        Assert.Empty(x.Posted);
        Assert.Empty(mastodon.Statuses);
        Assert.DoesNotContain("sendMessage", bot.Api.Methods);
    }

    [Fact]
    public async Task Check_stops_at_a_bad_X_key_with_a_one_line_reason_and_a_non_zero_exit()
    {
        await using var bot = await BotHarness.CreateAsync(Now);
        await using var x = await FakeXApi.StartAsync(bot.Clock);
        await using var mastodon = await FakeMastodonApi.StartAsync(bot.Clock);
        UseX(bot, x, "wrong-secret");
        UseMastodon(bot, mastodon, FakeMastodonApi.Token);

        var exit = await bot.RunAsync("check");

        Assert.Equal(1, exit);
        Assert.Equal(
            "x: 401 Unauthorized: check X:ConsumerKey, X:ConsumerSecret, X:AccessToken and X:AccessTokenSecret",
            Assert.Single(bot.Error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        Assert.DoesNotContain("mastodon", bot.Output.ToString(), StringComparison.Ordinal); // stopped at the first failure
    }

    [Fact]
    public async Task Check_fails_on_a_bad_Telegram_token_and_a_bad_Mastodon_token()
    {
        await using var bot = await BotHarness.CreateAsync(Now);
        bot.ExtraSettings["Telegram:BotToken"] = "123456789:AAH-fake_token_for_loopback_tests_0002";

        Assert.Equal(1, await bot.RunAsync("check"));
        Assert.StartsWith("telegram: 401 Unauthorized: check Telegram:BotToken", bot.Error.ToString(), StringComparison.Ordinal);

        await using var other = await BotHarness.CreateAsync(Now);
        await using var mastodon = await FakeMastodonApi.StartAsync(other.Clock);
        UseMastodon(other, mastodon, "revoked-token");

        Assert.Equal(1, await other.RunAsync("check"));
        Assert.Equal("mastodon: 401 The access token is invalid: check Mastodon:AccessToken and Mastodon:InstanceUrl", other.Error.ToString().Trim());
    }

    [Fact]
    public async Task Check_says_when_the_channel_is_unknown_to_Telegram()
    {
        await using var bot = await BotHarness.CreateAsync(Now);
        bot.ExtraSettings["Telegram:ChannelId"] = "@no_such_channel";

        Assert.Equal(1, await bot.RunAsync("check"));
        Assert.StartsWith("telegram: 400 Bad Request: chat not found: check Telegram:ChannelId", bot.Error.ToString(), StringComparison.Ordinal);
    }

    private static void UseX(BotHarness bot, FakeXApi x, string accessTokenSecret)
    {
        bot.ExtraSettings["X:ApiBaseUrl"] = x.BaseUrl;
        bot.ExtraSettings["X:ConsumerKey"] = FakeXApi.Keys.ConsumerKey;
        bot.ExtraSettings["X:ConsumerSecret"] = FakeXApi.Keys.ConsumerSecret;
        bot.ExtraSettings["X:AccessToken"] = FakeXApi.Keys.AccessToken;
        bot.ExtraSettings["X:AccessTokenSecret"] = accessTokenSecret;
    }

    private static void UseMastodon(BotHarness bot, FakeMastodonApi mastodon, string token)
    {
        bot.ExtraSettings["Mastodon:InstanceUrl"] = mastodon.BaseUrl;
        bot.ExtraSettings["Mastodon:AccessToken"] = token;
    }
}
