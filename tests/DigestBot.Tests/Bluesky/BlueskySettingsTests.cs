using static DigestBot.Tests.Harness.BotHarness;

namespace DigestBot.Tests.Bluesky;

/// <summary>Bluesky's settings errors, one line each naming the setting, never a value.</summary>
public sealed class BlueskySettingsTests
{
    [Theory]
    [InlineData("Bluesky:Identifier", "mlnews.bsky.social", "Bluesky:AppPassword missing: Bluesky needs both Bluesky:Identifier and Bluesky:AppPassword.")]
    [InlineData("Bluesky:AppPassword", "abcd-efgh-ijkl-mnop", "Bluesky:Identifier missing: Bluesky needs both Bluesky:Identifier and Bluesky:AppPassword.")]
    public async Task One_credential_without_the_other_is_a_setting_error(string key, string value, string message)
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 10, 0));
        bot.ExtraSettings[key] = value;

        Assert.Equal(2, await bot.RunAsync("post", "--week", "2020-W43"));

        Assert.Equal($"digestbot post: {message}", bot.Error.ToString().Trim());
        Assert.DoesNotContain("abcd-efgh", bot.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_url_that_is_not_http_is_a_setting_error()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 10, 0));
        bot.ExtraSettings["Bluesky:ServiceUrl"] = "bsky.social";

        Assert.Equal(2, await bot.RunAsync("status"));

        Assert.Equal("digestbot status: Bluesky:ServiceUrl \"bsky.social\" is not an http(s) URL.", bot.Error.ToString().Trim());
    }

    [Fact]
    public async Task Without_credentials_bluesky_is_off()
    {
        await using var bot = await CreateAsync(At(2020, 10, 19, 10, 0));

        Assert.Equal(0, await bot.RunAsync("post", "--week", "2020-W43"));

        Assert.DoesNotContain("bluesky", bot.Output.ToString(), StringComparison.Ordinal);
    }
}
