using System.Globalization;
using DigestBot.Operations;
using DigestBot.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DigestBot.Subscribers;

/// <summary>
/// The subscribers gauge. A gauge is read synchronously at each collection, so it answers the last count and, when
/// that is older than a minute, counts again in the background (one query at a time; nothing until something collects).
/// A hosted service only so that it exists from the start; the count is the database's, so right on every instance.
/// </summary>
public sealed partial class SubscriberGauge : IHostedService
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private readonly StateDatabase _database;
    private readonly TimeProvider _time;
    private readonly ILogger<SubscriberGauge> _logger;
    private readonly Lock _lock = new();
    private long? _count;
    private DateTimeOffset _countedAt = DateTimeOffset.MinValue;
    private int _counting;

    public SubscriberGauge(StateDatabase database, BotMetrics metrics, TimeProvider time, ILogger<SubscriberGauge> logger)
    {
        (_database, _time, _logger) = (database, time, logger);
        metrics.Observe("digestbot.subscribers", "{subscriber}", "Chats subscribed to the weekly message", Read);
    }

    private long? Read()
    {
        DateTimeOffset countedAt;
        lock (_lock)
        {
            countedAt = _countedAt;
        }

        if (_time.GetUtcNow() - countedAt > MaxAge && Interlocked.Exchange(ref _counting, 1) == 0)
        {
            _ = CountAsync();
        }

        lock (_lock)
        {
            return _count;
        }
    }

    private async Task CountAsync()
    {
        try
        {
            await using var connection = await _database.OpenAsync(CancellationToken.None);
            await using var command = StateDatabase.Command(connection, "SELECT count(*) FROM subscribers;");
            var count = Convert.ToInt64(await command.ExecuteScalarAsync(CancellationToken.None), CultureInfo.InvariantCulture);
            lock (_lock)
            {
                (_count, _countedAt) = (count, _time.GetUtcNow());
            }
        }
        catch (Exception error)
        {
            LogCountFailed(error); // the edge: a gauge's background refresh; the next collection tries again
        }
        finally
        {
            Volatile.Write(ref _counting, 0);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Counting the subscribers for the gauge failed")]
    private partial void LogCountFailed(Exception error);
}
