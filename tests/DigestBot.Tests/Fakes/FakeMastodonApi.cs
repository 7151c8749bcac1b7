using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DigestBot.Tests.Fakes;

/// <summary>
/// Mastodon's REST API on loopback, from its documentation: GET /api/v2/instance with configurable
/// configuration.statuses limits, GET /api/v1/accounts/verify_credentials, and POST /api/v1/statuses, which checks the Bearer token (401), counts the text
/// as Mastodon does (graphemes, every URL as characters_reserved_per_url; 422 past the limit) and honours
/// Idempotency-Key: the same key within an hour answers with the first status and creates nothing. A call can be
/// scripted to answer 429 (X-RateLimit-Reset, ISO 8601), another status, or never (after creating the status).
/// </summary>
public sealed partial class FakeMastodonApi : IAsyncDisposable
{
    public const string Token = "fake-mastodon-token-0123456789abcdef";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<int, FakeReply> _script = new();
    private readonly List<FakeStatus> _statuses = [];
    private readonly List<string?> _keys = [];
    private readonly Dictionary<string, (FakeStatus Status, DateTimeOffset At)> _idempotency = [];
    private readonly CancellationTokenSource _stopping = new();
    private int _calls;

    private FakeMastodonApi(WebApplication app, TimeProvider clock)
    {
        _app = app;
        Clock = clock;
    }

    public TimeProvider Clock { get; }

    public string BaseUrl => _app.Urls.First();

    /// <summary>The bot's settings for this instance and its token.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Mastodon:InstanceUrl"] = BaseUrl,
        ["Mastodon:AccessToken"] = Token,
    };

    /// <summary>configuration.statuses.max_characters; null leaves the field out.</summary>
    public int? MaxCharacters { get; set; } = 500;

    /// <summary>configuration.statuses.characters_reserved_per_url; null leaves the field out.</summary>
    public int? CharactersReservedPerUrl { get; set; } = 23;

    /// <summary>POST /api/v1/statuses calls, whatever their answer.</summary>
    public int Calls => _calls;

    /// <summary>The Idempotency-Key of every POST /api/v1/statuses call, in order.</summary>
    public IReadOnlyList<string?> IdempotencyKeys { get { lock (_statuses) { return [.. _keys]; } } }

    /// <summary>The statuses created, in order.</summary>
    public IReadOnlyList<FakeStatus> Statuses { get { lock (_statuses) { return [.. _statuses]; } } }

    public static async Task<FakeMastodonApi> StartAsync(TimeProvider clock, string url = "http://127.0.0.1:0")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url);
        var app = builder.Build();
        var api = new FakeMastodonApi(app, clock);
        app.MapGet("/api/v2/instance", api.InstanceAsync);
        app.MapPost("/api/v1/statuses", api.PostAsync);
        app.MapGet("/api/v1/accounts/verify_credentials", VerifyCredentialsAsync);
        await app.StartAsync();
        return api;
    }

    /// <summary>Answers the n-th POST (1-based) with this reply: ApiError(429, …, RetryAfter: seconds until reset), Status, Hang.</summary>
    public FakeMastodonApi On(int call, FakeReply reply)
    {
        _script[call] = reply;
        return this;
    }

    private async Task PostAsync(HttpContext http)
    {
        var number = Interlocked.Increment(ref _calls);
        var key = http.Request.Headers["Idempotency-Key"].FirstOrDefault();
        lock (_statuses)
        {
            _keys.Add(key);
        }

        if (http.Request.Headers.Authorization.ToString() != $"Bearer {Token}")
        {
            await FakeJson.WriteAsync(http, 401, """{"error":"The access token is invalid"}""");
            return;
        }

        var request = await StatusRequest.ReadAsync(http.Request);
        switch (_script.GetValueOrDefault(number))
        {
            case FakeReply.ApiError { Code: 429 } limited:
                http.Response.Headers["X-RateLimit-Limit"] = "300";
                http.Response.Headers["X-RateLimit-Remaining"] = "0";
                http.Response.Headers["X-RateLimit-Reset"] = Clock.GetUtcNow().AddSeconds(limited.RetryAfter ?? 300).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
                await FakeJson.WriteAsync(http, 429, """{"error":"Too many requests"}""");
                return;
            case FakeReply.Status status:
                await FakeJson.WriteAsync(http, status.Code, status.Body);
                return;
            case FakeReply.Hang:
                Answer(request, key);
                using (var both = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, _stopping.Token))
                {
                    await Task.Delay(Timeout.Infinite, both.Token).ContinueWith(_ => { }, TaskScheduler.Default);
                }

                return;
        }

        var (code, answer) = Answer(request, key);
        await FakeJson.WriteAsync(http, code, answer);
    }

    /// <summary>GET /api/v1/accounts/verify_credentials: the token's account (a CredentialAccount, trimmed), or 401.</summary>
    private static async Task VerifyCredentialsAsync(HttpContext http)
    {
        if (http.Request.Headers.Authorization.ToString() != $"Bearer {Token}")
        {
            await FakeJson.WriteAsync(http, 401, """{"error":"The access token is invalid"}""");
            return;
        }

        await FakeJson.WriteAsync(http, 200, """{"id":"109000000000000001","username":"digestbot","acct":"digestbot","display_name":"DigestBot","bot":true,"locked":false,"source":{"privacy":"unlisted","sensitive":false,"language":"zh","note":"","fields":[]}}""");
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}

/// <summary>A status the fake Mastodon created.</summary>
public sealed record FakeStatus(string Id, string Text, string? InReplyTo, string Visibility, string? Language, string? IdempotencyKey, DateTimeOffset CreatedAt);
