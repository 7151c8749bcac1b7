using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DigestBot.Tests.Fakes;

/// <summary>
/// A Telegram Bot API server on loopback speaking the real JSON: sendMessage checks the token, the chat, the HTML
/// and the 4096-character limit as Telegram does, answers with a real Message, and can be scripted to answer a
/// given call with 429, 403, 5xx, late or never. It records every call and every delivered message.
/// </summary>
public sealed class FakeBotApi : IAsyncDisposable
{
    public const string Token = "123456789:AAH-fake_token_for_loopback_tests_0001";
    public const string ChannelName = "@digestbot_test";
    public const long ChannelId = -1001234567890;

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<int, FakeReply> _script = new();
    private readonly List<FakeMessage> _delivered = [];
    private readonly List<FakeMessage> _calls = [];
    private readonly CancellationTokenSource _stopping = new();

    private FakeBotApi(WebApplication app, TimeProvider clock)
    {
        _app = app;
        Clock = clock;
    }

    public string BaseUrl { get; private set; } = "";

    /// <summary>Where the arrival time of each call comes from (the test's fake clock).</summary>
    public TimeProvider Clock { get; }

    /// <summary>Messages that reached the channel, in order.</summary>
    public IReadOnlyList<FakeMessage> Delivered { get { lock (_delivered) { return [.. _delivered]; } } }

    /// <summary>Every sendMessage call, answered or not.</summary>
    public IReadOnlyList<FakeMessage> Calls { get { lock (_delivered) { return [.. _calls]; } } }

    public static async Task<FakeBotApi> StartAsync(TimeProvider? clock = null, string url = "http://127.0.0.1:0")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url);
        var app = builder.Build();
        var api = new FakeBotApi(app, clock ?? TimeProvider.System);
        app.MapPost("/bot{token}/{method}", api.HandleAsync);
        await app.StartAsync();
        api.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return api;
    }

    /// <summary>Answers the n-th sendMessage call (1-based) with this reply.</summary>
    public FakeBotApi On(int call, FakeReply reply)
    {
        _script[call] = reply;
        return this;
    }

    private async Task HandleAsync(HttpContext http, string token, string method)
    {
        if (token != Token)
        {
            await WriteAsync(http, 401, Error(401, "Unauthorized"));
            return;
        }

        if (method != "sendMessage")
        {
            await WriteAsync(http, 404, Error(404, "Not Found: method not found"));
            return;
        }

        var request = await ReadAsync(http.Request);
        int number;
        lock (_delivered)
        {
            _calls.Add(request with { ArrivedAt = Clock.GetUtcNow() });
            number = _calls.Count;
        }

        var (status, body) = _script.TryGetValue(number, out var reply) ? await ScriptedAsync(reply, request, http.RequestAborted) : Send(request);
        await WriteAsync(http, status, body);
    }

    private async Task<(int, string)> ScriptedAsync(FakeReply reply, FakeMessage request, CancellationToken aborted)
    {
        switch (reply)
        {
            case FakeReply.ApiError e:
                return (e.Code, Error(e.Code, e.Description, e.RetryAfter));
            case FakeReply.Status s:
                return (s.Code, s.Body);
            case FakeReply.Late late:
                var answer = Send(request);
                await Task.Delay(late.Delay, aborted);
                return answer;
            default:
                Send(request);
                await Task.Delay(Timeout.Infinite, CancellationTokenSource.CreateLinkedTokenSource(aborted, _stopping.Token).Token);
                return (500, "");
        }
    }

    /// <summary>What Telegram does with a sendMessage: refuse it as the real API would, or deliver it.</summary>
    private (int, string) Send(FakeMessage request)
    {
        if (request.ChatId != ChannelName && request.ChatId != ChannelId.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            return (400, Error(400, "Bad Request: chat not found"));
        }

        var (visible, error) = string.Equals(request.ParseMode, "HTML", StringComparison.OrdinalIgnoreCase) ? TelegramHtml.Parse(request.Text) : (request.Text, null);
        if (error is not null || visible is null)
        {
            return (400, Error(400, $"Bad Request: {error}"));
        }

        if (visible.Trim().Length == 0)
        {
            return (400, Error(400, "Bad Request: message text is empty"));
        }

        if (visible.Length > 4096)
        {
            return (400, Error(400, "Bad Request: message is too long"));
        }

        int id;
        lock (_delivered)
        {
            _delivered.Add(request with { ArrivedAt = Clock.GetUtcNow(), Visible = visible });
            id = _delivered.Count;
        }

        return (200, FakeJson.Ok(FakeJson.Message(id, Clock.GetUtcNow(), visible)));
    }

    private static async Task<FakeMessage> ReadAsync(HttpRequest request)
    {
        var body = await JsonNode.ParseAsync(request.Body) ?? new JsonObject();
        return new FakeMessage(
            body["chat_id"]?.ToString() ?? "",
            body["text"]?.GetValue<string>() ?? "",
            body["parse_mode"]?.GetValue<string>(),
            body["link_preview_options"]?["is_disabled"]?.GetValue<bool>() ?? false);
    }

    private static string Error(int code, string description, int? retryAfter = null) => FakeJson.Error(code, description, retryAfter);

    private static async Task WriteAsync(HttpContext http, int status, string body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = body.StartsWith('{') ? "application/json" : "text/html";
        await http.Response.WriteAsync(body);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}

/// <summary>One sendMessage call as the fake received it.</summary>
public sealed record FakeMessage(string ChatId, string Text, string? ParseMode, bool PreviewDisabled)
{
    public DateTimeOffset ArrivedAt { get; init; }

    /// <summary>The text as the channel shows it (HTML parsed).</summary>
    public string Visible { get; init; } = "";
}
