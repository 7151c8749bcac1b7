using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using DigestBot.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DigestBot.Scheduling;

/// <summary>
/// The poller is the instance holding a PostgreSQL advisory lock (one per bot) on a connection of its own. The
/// server drops the lock when that connection ends, so an instance that dies gives polling up at once; the
/// others try for the lock every Cluster:PollerRetrySeconds, so one of them polls again within that time.
/// </summary>
public sealed partial class PostgresPollerElection(
    IOptions<StorageOptions> storage, IOptions<ClusterOptions> cluster, TimeProvider time, ILogger<PostgresPollerElection> logger)
    : IPollerElection
{
    public async Task<IPollerLease> AcquireAsync(string bot, CancellationToken cancellationToken)
    {
        var key = LockKey(bot);
        var standby = false;
        while (true)
        {
            var connection = new NpgsqlConnection(Unpooled(storage.Value.ConnectionString));
            try
            {
                await connection.OpenAsync(cancellationToken);
                await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key);", connection);
                command.Parameters.AddWithValue("key", key);
                if (await command.ExecuteScalarAsync(cancellationToken) is true)
                {
                    LogWon();
                    return new PostgresPollerLease(connection, key, TimeSpan.FromSeconds(cluster.Value.PollerRetrySeconds), time, this);
                }

                if (!standby)
                {
                    LogStandby(cluster.Value.PollerRetrySeconds);
                    standby = true;
                }
            }
            catch (NpgsqlException error)
            {
                LogLockFailed(error, cluster.Value.PollerRetrySeconds);
            }

            await connection.DisposeAsync();
            await Task.Delay(TimeSpan.FromSeconds(cluster.Value.PollerRetrySeconds), time, cancellationToken);
        }
    }

    /// <summary>The lock key: stable across processes, one per bot (the token's bot id; the secret part is not used).</summary>
    internal static long LockKey(string token)
    {
        var botId = token.Split(':')[0];
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("digestbot.telegram.poller:" + botId));
        return BinaryPrimitives.ReadInt64BigEndian(hash);
    }

    /// <summary>A pooled connection would go back to the pool still holding the lock; this one ends with the lease.</summary>
    private static string Unpooled(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;

    [LoggerMessage(Level = LogLevel.Information, Message = "This instance polls Telegram (it holds the poller lock)")]
    private partial void LogWon();

    [LoggerMessage(Level = LogLevel.Information, Message = "Another instance polls Telegram; this one stands by and tries again every {Seconds} s")]
    private partial void LogStandby(double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not ask PostgreSQL for the poller lock; trying again in {Seconds} s")]
    private partial void LogLockFailed(Exception error, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the connection holding the poller lock: this instance stops polling")]
    internal partial void LogLost(Exception error);
}
