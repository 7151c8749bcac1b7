using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DigestBot.Telegram;

/// <summary>Writes the outbound queue's counts to the state database every few seconds while they change, and at stop.</summary>
public sealed partial class QueueReporter(TelegramOutbox outbox, QueueReports reports, TimeProvider time, ILogger<QueueReporter> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(5);
    private OutboxStats _written = new(0, 0, 0, 0);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(Every, time, stoppingToken);
                await WriteAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await WriteAsync(cancellationToken);
    }

    private async Task WriteAsync(CancellationToken cancellationToken)
    {
        var stats = outbox.Stats;
        if (stats == _written)
        {
            return;
        }

        try
        {
            await reports.SaveAsync(stats, cancellationToken);
            _written = stats;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogNotWritten(error); // only the status report misses it; sending goes on
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not write the Telegram queue's counts to the state database")]
    private partial void LogNotWritten(Exception error);
}
