using DigestBot.Bluesky;
using DigestBot.Publishing;
using DigestBot.Tests.Harness;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Tests.Bluesky;

/// <summary>How the client's failures become results, without a server: nothing listening, or no answer.</summary>
public sealed class BlueskyClientTests
{
    [Fact]
    public async Task A_refused_connection_at_login_is_not_delivered_and_asking_about_a_post_stays_unknown()
    {
        var channel = Channel($"http://127.0.0.1:{LoopbackPort.Closed()}");
        var post = new PostKey("2020-W43", "header", "bluesky");

        var sent = await channel.SendAsync(new OutgoingPost(post, "ML News 2020-W43 · 4 papers"), CancellationToken.None);
        var check = await channel.CheckAsync(new LedgerPost("2020-W43", "header", "bluesky", 0, "", PostState.Sending, null, null, DateTimeOffset.UnixEpoch), CancellationToken.None);

        Assert.StartsWith("Bluesky login failed, nothing sent: not delivered", Assert.IsType<SendResult.NotDelivered>(sent).Why, StringComparison.Ordinal);
        Assert.StartsWith("could not log in to ask Bluesky for the record", Assert.IsType<UnknownPost.StillUnknown>(check).Why, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(502, null, "Bad Gateway", typeof(SendResult.Unknown))]
    [InlineData(400, "InvalidRequest", "Record/text must not be longer than 300 graphemes", typeof(SendResult.Rejected))]
    [InlineData(401, "AuthenticationRequired", "Invalid token", typeof(SendResult.ChannelClosed))]
    [InlineData(429, "RateLimitExceeded", "Rate Limit Exceeded", typeof(SendResult.RateLimited))]
    public void Answers_to_create_record_become_send_results(int status, string? error, string message, Type expected)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var result = BlueskyResults.OfSend(new XrpcReply.Answer(status, null, error, message, clock.GetUtcNow().AddSeconds(90)), clock);

        Assert.IsType(expected, result);
        Assert.Contains(message, result.Reason, StringComparison.Ordinal);
        if (result is SendResult.RateLimited limited)
        {
            Assert.Equal(TimeSpan.FromSeconds(90), limited.RetryAfter);
        }
    }

    [Fact]
    public void A_lost_answer_is_unknown_and_a_missing_record_is_sent_again()
    {
        Assert.IsType<SendResult.Unknown>(BlueskyResults.OfSend(new XrpcReply.NoAnswer("timed out waiting for Bluesky"), TimeProvider.System));
        Assert.IsType<UnknownPost.SendAgain>(BlueskyResults.OfCheck(new XrpcReply.Answer(400, null, "RecordNotFound", "Could not locate record", null)));
        Assert.IsType<UnknownPost.StillUnknown>(BlueskyResults.OfCheck(new XrpcReply.Answer(500, null, "InternalServerError", "Internal Server Error", null)));
    }

    private static BlueskyChannel Channel(string serviceUrl)
    {
        var options = Options.Create(new BlueskyOptions { ServiceUrl = serviceUrl, Identifier = "mlnews.test", AppPassword = "app-password" });
        var client = new BlueskyClient(new Xrpc(new HttpClient(), options), options, new BlueskySession(), NullLogger<BlueskyClient>.Instance);
        var library = new DigestBot.Digests.DigestLibrary(Options.Create(new DigestBot.Digests.DigestsOptions { Path = RepoPaths.SampleDigests }), NullLogger<DigestBot.Digests.DigestLibrary>.Instance);
        return new BlueskyChannel(client, new PostCards(library), options, TimeProvider.System);
    }
}
