using Npgsql;

namespace DigestBot.Scheduling;

/// <summary>
/// A held poller lock. Its connection is checked every interval: when a check fails, the server may already have
/// dropped the lock and let another instance poll, so <see cref="Lost"/> fires and this instance stops polling.
/// </summary>
internal sealed class PostgresPollerLease : IPollerLease
{
    private readonly NpgsqlConnection _connection;
    private readonly long _key;
    private readonly CancellationTokenSource _lost = new();
    private readonly CancellationTokenSource _disposed = new();
    private readonly Task _watch;

    public PostgresPollerLease(NpgsqlConnection connection, long key, TimeSpan interval, TimeProvider time, PostgresPollerElection election)
    {
        _connection = connection;
        _key = key;
        _watch = WatchAsync(interval, time, election);
    }

    public CancellationToken Lost => _lost.Token;

    public async ValueTask DisposeAsync()
    {
        await _disposed.CancelAsync();
        await _watch;
        if (!_lost.IsCancellationRequested)
        {
            try
            {
                await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(@key);", _connection);
                unlock.Parameters.AddWithValue("key", _key);
                await unlock.ExecuteScalarAsync();
            }
            catch (NpgsqlException)
            {
                // The connection is closed below, which drops the lock as well.
            }
        }

        await _connection.DisposeAsync();
        _lost.Dispose();
        _disposed.Dispose();
    }

    private async Task WatchAsync(TimeSpan interval, TimeProvider time, PostgresPollerElection election)
    {
        try
        {
            while (true)
            {
                await Task.Delay(interval, time, _disposed.Token);
                await using var check = new NpgsqlCommand("SELECT 1;", _connection);
                await check.ExecuteScalarAsync(_disposed.Token);
            }
        }
        catch (OperationCanceledException) when (_disposed.IsCancellationRequested)
        {
        }
        catch (Exception error) when (error is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            election.LogLost(error);
            await _lost.CancelAsync();
        }
    }
}
