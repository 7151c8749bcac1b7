using DigestBot.Publishing;
using DigestBot.Tests.Fakes;
using DigestBot.X;
using Microsoft.Extensions.Options;

namespace DigestBot.Tests.X;

/// <summary>The X client against the fake X API, one answer at a time.</summary>
public sealed class XClientTests
{
    [Fact]
    public async Task Text_over_280_weighted_is_refused_with_xs_message()
    {
        await using var x = await FakeXApi.StartAsync(TimeProvider.System);
        using var http = new HttpClient();
        var client = new XClient(http, Options.Create(Settings(x)), TimeProvider.System);

        var tooLong = await client.PostAsync(new string('長', 141), null, CancellationToken.None); // 141 × 2 = 282
        var fits = await client.PostAsync(new string('長', 140), null, CancellationToken.None);

        Assert.Equal(new SendResult.Rejected("400 Your Tweet text is too long."), tooLong);
        Assert.IsType<SendResult.Sent>(fits);
        Assert.Single(x.Posted);
    }

    [Fact]
    public async Task A_5xx_after_sending_is_unknown_and_the_body_is_not_signed_but_the_request_is()
    {
        await using var x = await FakeXApi.StartAsync(TimeProvider.System);
        x.On(1, new FakeReply.Status(503, "<html>Service Unavailable</html>"));
        using var http = new HttpClient();
        var client = new XClient(http, Options.Create(Settings(x)), TimeProvider.System);

        Assert.Equal(new SendResult.Unknown("503 Service Unavailable: delivery unknown"), await client.PostAsync("hello", null, CancellationToken.None));
        Assert.IsType<SendResult.Sent>(await client.PostAsync("hello", "1850000000000000001", CancellationToken.None)); // the fake checked the signature
    }

    private static XOptions Settings(FakeXApi x) => new()
    {
        ApiBaseUrl = x.BaseUrl,
        ConsumerKey = FakeXApi.Keys.ConsumerKey,
        ConsumerSecret = FakeXApi.Keys.ConsumerSecret,
        AccessToken = FakeXApi.Keys.AccessToken,
        AccessTokenSecret = FakeXApi.Keys.AccessTokenSecret,
    };
}
