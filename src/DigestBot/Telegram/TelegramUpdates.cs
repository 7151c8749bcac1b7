using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DigestBot.Telegram;

/// <summary>
/// Receives the chat's commands from Telegram the way the settings say: nothing without a token (local mode reads
/// them from standard input), the webhook with Telegram:WebhookUrl, else long polling.
/// </summary>
public sealed class TelegramUpdates(IOptions<TelegramOptions> options, Lazy<UpdatePoller> poller, Lazy<WebhookServer> webhook) : IHostedService
{
    private IHostedService? _receiver;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Lazily: both need the Telegram client, which exists only with a token.
        _receiver = !options.Value.HasToken ? null : string.IsNullOrWhiteSpace(options.Value.WebhookUrl) ? poller.Value : webhook.Value;
        return _receiver?.StartAsync(cancellationToken) ?? Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => _receiver?.StopAsync(cancellationToken) ?? Task.CompletedTask;
}
