using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using DigestBot.X;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DigestBot.Tests.Fakes;

/// <summary>
/// X API v2's POST /2/tweets (and GET /2/users/me) on loopback: checks the OAuth 1.0a signature of every request with the same keys,
/// refuses text over 280 weighted and duplicate text with X's error shapes, answers 201 with the new post's id, and
/// can be scripted to answer a call with 429 (x-rate-limit-reset), 503 or never. Records every post.
/// </summary>
public sealed class FakeXApi : IAsyncDisposable
{
    public static readonly OAuth1Signer.Credentials Keys = new("fake-consumer-key", "fake-consumer-secret", "1234-fake-access-token", "fake-access-token-secret");

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<int, FakeReply> _script = new();
    private readonly List<FakeTweet> _posted = [];
    private readonly CancellationTokenSource _stopping = new();
    private int _calls;

    private FakeXApi(WebApplication app, TimeProvider clock)
    {
        _app = app;
        Clock = clock;
    }

    public TimeProvider Clock { get; }

    public string BaseUrl => _app.Urls.First();

    public int Calls => _calls;

    public IReadOnlyList<FakeTweet> Posted { get { lock (_posted) { return [.. _posted]; } } }

    public static async Task<FakeXApi> StartAsync(TimeProvider clock, string url = "http://127.0.0.1:0")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url);
        var app = builder.Build();
        var api = new FakeXApi(app, clock);
        app.MapPost("/2/tweets", api.PostAsync);
        app.MapGet("/2/users/me", api.MeAsync);
        await app.StartAsync();
        return api;
    }

    /// <summary>Answers the n-th call (1-based) with this reply: ApiError(429, …, RetryAfter: seconds until reset), Status, Hang.</summary>
    public FakeXApi On(int call, FakeReply reply)
    {
        _script[call] = reply;
        return this;
    }

    private async Task PostAsync(HttpContext http)
    {
        var number = Interlocked.Increment(ref _calls);
        if (!SignedWithTheKeys(http.Request))
        {
            await FakeJson.WriteAsync(http, 401, """{"title":"Unauthorized","type":"about:blank","status":401,"detail":"Unauthorized"}""");
            return;
        }

        var body = await JsonNode.ParseAsync(http.Request.Body) as JsonObject ?? [];
        var text = body["text"]?.GetValue<string>() ?? "";
        var replyTo = body["reply"]?["in_reply_to_tweet_id"]?.GetValue<string>();
        switch (_script.GetValueOrDefault(number))
        {
            case FakeReply.ApiError { Code: 429 } limited:
                http.Response.Headers["x-rate-limit-reset"] = Clock.GetUtcNow().AddSeconds(limited.RetryAfter ?? 900).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
                await FakeJson.WriteAsync(http, 429, """{"title":"Too Many Requests","detail":"Too Many Requests","type":"about:blank","status":429}""");
                return;
            case FakeReply.Status status:
                await FakeJson.WriteAsync(http, status.Code, status.Body);
                return;
            case FakeReply.Hang:
                Post(text, replyTo);
                using (var both = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, _stopping.Token))
                {
                    await Task.Delay(Timeout.Infinite, both.Token).ContinueWith(_ => { }, TaskScheduler.Default);
                }

                return;
        }

        var (code, answer) = Answer(text, replyTo);
        await FakeJson.WriteAsync(http, code, answer);
    }

    /// <summary>GET /2/users/me: the account of the access token, or X's 401 when the signature does not match the keys.</summary>
    private async Task MeAsync(HttpContext http)
    {
        if (!SignedWithTheKeys(http.Request))
        {
            await FakeJson.WriteAsync(http, 401, """{"title":"Unauthorized","type":"about:blank","status":401,"detail":"Unauthorized"}""");
            return;
        }

        await FakeJson.WriteAsync(http, 200, """{"data":{"id":"1234","name":"DigestBot","username":"DigestBot"}}""");
    }

    private (int, string) Answer(string text, string? replyTo)
    {
        if (XWeightedLength.Count(text) > 280)
        {
            return (400, """{"errors":[{"parameters":{"text":[]},"message":"Your Tweet text is too long."}],"title":"Invalid Request","detail":"One or more parameters to your request was invalid.","type":"https://api.twitter.com/2/problems/invalid-request"}""");
        }

        if (Posted.Any(t => t.Text == text))
        {
            return (403, """{"detail":"You are not allowed to create a Tweet with duplicate content.","type":"about:blank","title":"Forbidden","status":403}""");
        }

        var tweet = Post(text, replyTo);
        return (201, new JsonObject { ["data"] = new JsonObject { ["id"] = tweet.Id, ["text"] = text, ["edit_history_tweet_ids"] = new JsonArray(tweet.Id) } }.ToJsonString());
    }

    private FakeTweet Post(string text, string? replyTo)
    {
        lock (_posted)
        {
            var tweet = new FakeTweet((1850000000000000000L + _posted.Count + 1).ToString(CultureInfo.InvariantCulture), text, replyTo, Clock.GetUtcNow());
            _posted.Add(tweet);
            return tweet;
        }
    }

    /// <summary>Recomputes the signature from the header's own nonce and timestamp with the known keys.</summary>
    private static bool SignedWithTheKeys(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("OAuth ", StringComparison.Ordinal))
        {
            return false;
        }

        var fields = header[6..].Split(", ").Select(f => f.Split('=', 2)).ToDictionary(f => f[0], f => Uri.UnescapeDataString(f[1].Trim('"')));
        if (fields.GetValueOrDefault("oauth_consumer_key") != Keys.ConsumerKey || fields.GetValueOrDefault("oauth_token") != Keys.AccessToken)
        {
            return false;
        }

        var url = new Uri($"{request.Scheme}://{request.Host}{request.Path}{request.QueryString}");
        var oauth = fields.Where(f => f.Key != "oauth_signature").Select(f => new KeyValuePair<string, string>(f.Key, f.Value));
        return OAuth1Signer.Signature(request.Method, url, Keys, oauth) == fields.GetValueOrDefault("oauth_signature");
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}

/// <summary>A post the fake X accepted.</summary>
public sealed record FakeTweet(string Id, string Text, string? InReplyTo, DateTimeOffset PostedAt);
