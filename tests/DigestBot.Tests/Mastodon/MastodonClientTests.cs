using DigestBot.Mastodon;
using DigestBot.Publishing;
using DigestBot.Tests.Fakes;
using DigestBot.Tests.Harness;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DigestBot.Tests.Mastodon;

/// <summary>The Mastodon client against the fake Mastodon, one answer at a time.</summary>
public sealed class MastodonClientTests
{
    [Fact]
    public async Task A_5xx_is_unknown_and_a_403_closes_the_channel_naming_the_settings()
    {
        await using var mastodon = await FakeMastodonApi.StartAsync(TimeProvider.System);
        mastodon.On(1, new FakeReply.Status(502, "<html>Bad Gateway</html>"));
        mastodon.On(2, new FakeReply.Status(403, """{"error":"This action is outside the authorized scopes"}"""));
        using var http = new HttpClient();
        var client = new MastodonClient(http, Options.Create(Settings(mastodon.BaseUrl)), TimeProvider.System);

        Assert.Equal(new SendResult.Unknown("502 Bad Gateway: delivery unknown"), await client.PostAsync("你好", null, "k1", CancellationToken.None));
        Assert.Equal(
            new SendResult.ChannelClosed("403 This action is outside the authorized scopes: check Mastodon:AccessToken (an application's token with the write:statuses scope) and Mastodon:InstanceUrl"),
            await client.PostAsync("你好", null, "k2", CancellationToken.None));
        Assert.IsType<SendResult.Sent>(await client.PostAsync("你好", null, "k3", CancellationToken.None));
    }

    [Fact]
    public async Task A_refused_connection_is_not_delivered()
    {
        using var http = new HttpClient();
        var client = new MastodonClient(http, Options.Create(Settings($"http://127.0.0.1:{LoopbackPort.Closed()}")), TimeProvider.System);

        Assert.IsType<SendResult.NotDelivered>(await client.PostAsync("你好", null, "k1", CancellationToken.None));
    }

    [Fact]
    public async Task The_format_follows_the_instance_and_keeps_mastodons_defaults_when_it_cannot_be_asked()
    {
        await using var mastodon = await FakeMastodonApi.StartAsync(TimeProvider.System);
        mastodon.MaxCharacters = 5000;
        mastodon.CharactersReservedPerUrl = 30;
        using var http = new HttpClient();
        var options = Options.Create(Settings(mastodon.BaseUrl));

        var asked = new MastodonInstance(new MastodonClient(http, options, TimeProvider.System), options, NullLogger<MastodonInstance>.Instance);
        await asked.StartAsync(CancellationToken.None);
        var unreachable = Options.Create(Settings($"http://127.0.0.1:{LoopbackPort.Closed()}"));
        var defaults = new MastodonInstance(new MastodonClient(http, unreachable, TimeProvider.System), unreachable, NullLogger<MastodonInstance>.Instance);
        await defaults.StartAsync(CancellationToken.None);

        Assert.Equal((5000, 30), (asked.Format.Limit, asked.Format.CharactersPerUrl));
        Assert.Equal((500, 23), (defaults.Format.Limit, defaults.Format.CharactersPerUrl));
    }

    private static MastodonOptions Settings(string url) => new() { InstanceUrl = url, AccessToken = FakeMastodonApi.Token };
}
