using DigestBot.Scheduling;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace DigestBot.Telegram;

/// <summary>
/// Long polling: getUpdates with an offset, a long-poll timeout and allowed_updates=message,callback_query,inline_query.
/// A batch is acknowledged (the next offset) only once it is handled, so updates pending at a crash come again after it.
/// With several instances only the one holding the poller lease polls (<see cref="IPollerElection"/>).
/// </summary>
public sealed partial class UpdatePoller(
    IPollerElection election, PollingClient polling, ITelegramBotClient bot, UpdateHandler handler, IOptions<TelegramOptions> options, TimeProvider time, ILogger<UpdatePoller> logger)
    : BackgroundService
{
    internal static readonly UpdateType[] Allowed = [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.InlineQuery];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            IPollerLease lease;
            try
            {
                lease = await election.AcquireAsync(options.Value.BotToken!, stoppingToken); // with several instances, waits for its turn
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }

            await using (lease)
            {
                using var polling = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lease.Lost);
                var offset = await PollAsync(polling.Token);
                if (stoppingToken.IsCancellationRequested)
                {
                    await ConfirmAsync(offset); // a lost lease confirms nothing: another instance may be polling now
                }
            }
        }
    }

    /// <summary>Polls until the token is cancelled; returns the offset of the first update not yet handled.</summary>
    private async Task<int?> PollAsync(CancellationToken cancellationToken)
    {
        var failures = 0;
        int? offset = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                if (offset is null)
                {
                    await PrepareAsync(cancellationToken);
                }

                var updates = await polling.Client.GetUpdates(offset ?? 0, 100, options.Value.PollTimeoutSeconds, Allowed, cancellationToken);
                await handler.HandleAsync(updates, cancellationToken);
                offset = updates.Length > 0 ? updates[^1].Id + 1 : offset ?? 0;
                failures = 0;
            }
            catch (RequestException error) when (!cancellationToken.IsCancellationRequested)
            {
                var wait = TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, failures++)));
                LogPollFailed(error, wait.TotalSeconds);
                await DelayAsync(wait, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
        }

        return offset;
    }

    private async Task DelayAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(wait, time, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
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
