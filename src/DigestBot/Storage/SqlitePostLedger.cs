using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace DigestBot.Storage;

/// <summary>The ledger in a SQLite file (Microsoft.Data.Sqlite). The table is created on first use.</summary>
public sealed class SqlitePostLedger(IOptions<StorageOptions> options, TimeProvider time) : IPostLedger
{
    private readonly SqliteSchema _schema = new(LedgerSql.Create);

    public async Task<IReadOnlyList<LedgerPost>> PlanAsync(string week, string channel, IReadOnlyList<PlannedPost> posts, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken))
        {
            foreach (var post in posts)
            {
                await using var insert = Command(connection, LedgerSql.Insert, week, post.Entry, channel);
                insert.Transaction = transaction;
                insert.Parameters.AddWithValue("$position", post.Position);
                insert.Parameters.AddWithValue("$text", post.Text);
                insert.Parameters.AddWithValue("$now", Now());
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        await using var select = Command(connection, LedgerSql.SelectWeekChannel, week, entry: null, channel);
        return await ReadAsync(select, cancellationToken);
    }

    public async Task<bool> MoveAsync(PostKey key, PostState current, PostState target, string? reason, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var update = Command(connection, LedgerSql.Move, key.Week, key.Entry, key.Channel);
        update.Parameters.AddWithValue("$from", LedgerSql.Name(current));
        update.Parameters.AddWithValue("$to", LedgerSql.Name(target));
        update.Parameters.AddWithValue("$reason", (object?)reason ?? DBNull.Value);
        update.Parameters.AddWithValue("$now", Now());
        return await update.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task MarkSentAsync(PostKey key, string messageId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var update = Command(connection, LedgerSql.Sent, key.Week, key.Entry, key.Channel);
        update.Parameters.AddWithValue("$message", messageId);
        update.Parameters.AddWithValue("$now", Now());
        await update.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<DateTimeOffset>> SentSinceAsync(string channel, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var select = Command(connection, LedgerSql.SentSince, week: null, entry: null, channel);
        select.Parameters.AddWithValue("$since", since.ToString("O", CultureInfo.InvariantCulture));
        var times = new List<DateTimeOffset>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            times.Add(DateTimeOffset.Parse(reader.GetString(0), CultureInfo.InvariantCulture));
        }

        return times;
    }

    public async Task<IReadOnlyList<LedgerPost>> ListAsync(string? week, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var select = Command(connection, week is null ? LedgerSql.SelectAll : LedgerSql.SelectWeek, week, entry: null, channel: null);
        return await ReadAsync(select, cancellationToken);
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) =>
        _schema.OpenAsync(options.Value.ConnectionString, cancellationToken);

    private static SqliteCommand Command(SqliteConnection connection, string sql, string? week, string? entry, string? channel)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$week", (object?)week ?? DBNull.Value);
        command.Parameters.AddWithValue("$entry", (object?)entry ?? DBNull.Value);
        command.Parameters.AddWithValue("$channel", (object?)channel ?? DBNull.Value);
        return command;
    }

    private static async Task<IReadOnlyList<LedgerPost>> ReadAsync(SqliteCommand select, CancellationToken cancellationToken)
    {
        var rows = new List<LedgerPost>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new LedgerPost(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetString(4),
                LedgerSql.State(reader.GetString(5)),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                DateTimeOffset.Parse(reader.GetString(8), CultureInfo.InvariantCulture)));
        }

        return rows;
    }

    private string Now() => time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
}
