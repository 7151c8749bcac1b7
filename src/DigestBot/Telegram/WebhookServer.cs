using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DigestBot.Operations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace DigestBot.Telegram;

/// <summary>
/// Webhook mode: setWebhook with a secret token, and an endpoint (Kestrel on Telegram:WebhookListen) that answers
/// 401 without the matching X-Telegram-Bot-Api-Secret-Token header, and 200 only once the update is handled, so
/// Telegram keeps and re-sends an update the bot failed on.
/// </summary>
public sealed partial class WebhookServer(
    ITelegramBotClient bot, UpdateHandler handler, IOptions<TelegramOptions> options, OperationsEndpoints operations, ILogger<WebhookServer> logger)
    : IHostedService, IAsyncDisposable
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    private WebApplication? _app;

    /// <summary>Where Kestrel listens, once started (the port is known only then when it was 0).</summary>
    public string? ListeningOn { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(settings.WebhookListen);
        _app = builder.Build();
        _app.MapPost(new Uri(settings.WebhookUrl!).AbsolutePath, (Delegate)ReceiveAsync);
        operations.MapIfListening(_app, settings.WebhookListen); // /healthz and the rest when Health:Listen is this address
        await _app.StartAsync(cancellationToken);
        ListeningOn = _app.Urls.FirstOrDefault();

        await bot.SetWebhook(settings.WebhookUrl!, allowedUpdates: UpdatePoller.Allowed, dropPendingUpdates: false,
            secretToken: settings.WebhookSecret, cancellationToken: cancellationToken);
        await BotMenu.SetAsync(bot, cancellationToken);
        LogListening(ListeningOn ?? settings.WebhookListen);
    }

    private async Task<IResult> ReceiveAsync(HttpContext http)
    {
        if (!Matches(http.Request.Headers[SecretHeader].ToString(), options.Value.WebhookSecret!))
        {
            return Results.Unauthorized();
        }

        var update = await JsonSerializer.DeserializeAsync<Update>(http.Request.Body, JsonBotAPI.Options, http.RequestAborted);
        if (update is not null)
        {
            await handler.HandleAsync(update, http.RequestAborted);
        }

        return Results.Ok();
    }

    private static bool Matches(string given, string secret) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(secret));

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Answering commands by webhook, listening on {Listen}")]
    private partial void LogListening(string listen);
}
