using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace DigestBot.Telegram;

/// <summary>
/// Long polling: getUpdates with an offset, a long-poll timeout and allowed_updates=message. A batch is
/// acknowledged (the next offset) only once it is handled, so updates pending at a crash come again after it.
/// </summary>
public sealed partial class UpdatePoller(
    PollingClient polling, ITelegramBotClient bot, UpdateHandler handler, IOptions<TelegramOptions> options, TimeProvider time, ILogger<UpdatePoller> logger)
    : BackgroundService
{
    private static readonly UpdateType[] Allowed = [UpdateType.Message];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        int? offset = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (offset is null)
                {
                    await PrepareAsync(stoppingToken);
                }

                var updates = await polling.Client.GetUpdates(offset ?? 0, 100, options.Value.PollTimeoutSeconds, Allowed, stoppingToken);
                await handler.HandleAsync(updates, stoppingToken);
                offset = updates.Length > 0 ? updates[^1].Id + 1 : offset ?? 0;
                failures = 0;
            }
            catch (RequestException error) when (!stoppingToken.IsCancellationRequested)
            {
                var wait = TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, failures++)));
                LogPollFailed(error, wait.TotalSeconds);
                await Task.Delay(wait, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
        }

        await ConfirmAsync(offset);
    }

    /// <summary>
    /// On a clean stop, tells Telegram which updates were handled (getUpdates with the next offset, no wait), so a
    /// restart does not run them again. After a crash they do come again: at least once, never lost.
    /// </summary>
    private async Task ConfirmAsync(int? offset)
    {
        if (offset is not > 0)
        {
            return;
        }

        using var brief = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await polling.Client.GetUpdates(offset.Value, 1, 0, Allowed, brief.Token);
        }
        catch (Exception error) when (error is RequestException or OperationCanceledException)
        {
            LogPollFailed(error, 0);
        }
    }

    /// <summary>Polling and a webhook exclude each other: drop the webhook (keeping pending updates), set the menu.</summary>
    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await bot.DeleteWebhook(dropPendingUpdates: false, cancellationToken);
        await BotMenu.SetAsync(bot, cancellationToken);
        LogPolling();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Answering commands by long polling")]
    private partial void LogPolling();

    [LoggerMessage(Level = LogLevel.Warning, Message = "getUpdates failed; trying again in {Seconds} s")]
    private partial void LogPollFailed(Exception error, double seconds);
}
