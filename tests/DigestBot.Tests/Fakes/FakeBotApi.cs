using System.Collections.Concurrent;
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
/// A Telegram Bot API server on loopback speaking the real JSON. sendMessage checks the token, the chat, the HTML
/// and the 4096-character limit as Telegram does and answers with a real Message; it can be scripted to answer a
/// given call with 429, 403, 5xx, late or never. editMessageText, answerCallbackQuery (FakeBotApi.Buttons.cs) and
/// answerInlineQuery (FakeBotApi.Inline.cs) check what Telegram checks. getUpdates hands out queued user messages by offset (long
/// polling); getChat knows the channel (FakeBotApi.Chats.cs); getMe, deleteWebhook, setWebhook and setMyCommands are recorded. Every call is recorded.
/// </summary>
public sealed partial class FakeBotApi : IAsyncDisposable
{
    public const string Token = "123456789:AAH-fake_token_for_loopback_tests_0001";
    public const string Username = "DigestBot";
    public const string ChannelName = "@digestbot_test";
    public const long ChannelId = -1001234567890;

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<int, FakeReply> _script = new();
    private readonly CancellationTokenSource _stopping = new();

    private FakeBotApi(WebApplication app, TimeProvider clock)
    {
        _app = app;
        Clock = clock;
    }

    public string BaseUrl { get; private set; } = "";

    /// <summary>Where the arrival time of each call comes from (the test's fake clock).</summary>
    public TimeProvider Clock { get; }

    /// <summary>Every method called, in order (sendMessage, getUpdates, …).</summary>
    public ConcurrentQueue<string> Methods { get; } = new();

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
        Methods.Enqueue(method);
        if (token != Token)
        {
            await FakeJson.WriteAsync(http, 401, FakeJson.Error(401, "Unauthorized"));
            return;
        }

        using var reader = new StreamReader(http.Request.Body);
        var text = await reader.ReadToEndAsync(http.RequestAborted);
        var body = text.Length == 0 ? [] : JsonNode.Parse(text) as JsonObject ?? [];
        var (status, answer) = method switch
        {
            "sendMessage" => await SendMessageAsync(body, http.RequestAborted),
            "getUpdates" => await GetUpdatesAsync(body, http.RequestAborted),
            "getMe" => (200, FakeJson.Ok(FakeJson.Me())),
            "getChat" => GetChat(body),
            "editMessageText" => EditMessageText(body),
            "answerCallbackQuery" => AnswerCallbackQuery(body),
            "answerInlineQuery" => AnswerInlineQuery(body),
            "deleteWebhook" or "setWebhook" or "setMyCommands" => Record(method, body),
            _ => (404, FakeJson.Error(404, "Not Found: method not found")),
        };
        await FakeJson.WriteAsync(http, status, answer);
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
public sealed record FakeMessage(string ChatId, string Text, string? ParseMode, bool PreviewDisabled, int? ReplyTo = null)
{
    public DateTimeOffset ArrivedAt { get; init; }

    /// <summary>The text as the chat shows it (HTML parsed).</summary>
    public string Visible { get; init; } = "";

    /// <summary>The inline keyboard under it, row after row, as (label, callback data).</summary>
    public IReadOnlyList<FakeButton> Buttons { get; init; } = [];

    /// <summary>The message's id in its chat, once delivered.</summary>
    public int Id { get; init; }
}
