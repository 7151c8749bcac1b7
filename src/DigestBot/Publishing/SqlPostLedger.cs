using System.Data.Common;
using DigestBot.Storage;

namespace DigestBot.Publishing;

/// <summary>The ledger in the state database (SQLite or PostgreSQL); the table is created on first use.</summary>
public sealed class SqlPostLedger(StateDatabase database, TimeProvider time) : IPostLedger
{
    public async Task<IReadOnlyList<LedgerPost>> PlanAsync(string week, string channel, IReadOnlyList<PlannedPost> posts, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            foreach (var post in posts)
            {
                await using var insert = StateDatabase.Command(
                    connection, LedgerSql.Insert, ("@week", week), ("@entry", post.Entry), ("@channel", channel), ("@position", post.Position), ("@text", post.Text), ("@now", Now()));
                insert.Transaction = transaction;
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        await using var select = StateDatabase.Command(connection, LedgerSql.SelectWeekChannel, ("@week", week), ("@channel", channel));
        return await ReadAsync(select, cancellationToken);
    }

    public async Task<bool> MoveAsync(PostKey key, PostState current, PostState target, string? reason, CancellationToken cancellationToken, bool final = false)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var update = StateDatabase.Command(
            connection, LedgerSql.Move, ("@week", key.Week), ("@entry", key.Entry), ("@channel", key.Channel),
            ("@from", LedgerSql.Name(current)), ("@to", LedgerSql.Name(target)), ("@reason", reason), ("@neverRetry", final), ("@now", Now()));
        return await update.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task MarkSentAsync(PostKey key, string messageId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var update = StateDatabase.Command(
            connection, LedgerSql.Sent, ("@week", key.Week), ("@entry", key.Entry), ("@channel", key.Channel), ("@message", messageId), ("@now", Now()));
        await update.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<DateTimeOffset>> SentSinceAsync(string channel, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = StateDatabase.Command(connection, LedgerSql.SentSince, ("@channel", channel), ("@since", database.Dialect.Time(since)));
        var times = new List<DateTimeOffset>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            times.Add(database.Dialect.ReadTime(reader, 0));
        }

        return times;
    }

    public async Task<IReadOnlyList<LedgerPost>> ListAsync(string? week, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = week is null
            ? StateDatabase.Command(connection, LedgerSql.SelectAll)
            : StateDatabase.Command(connection, LedgerSql.SelectWeek, ("@week", week));
        return await ReadAsync(select, cancellationToken);
    }

    private async Task<IReadOnlyList<LedgerPost>> ReadAsync(DbCommand select, CancellationToken cancellationToken)
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
                database.Dialect.ReadTime(reader, 8),
                reader.GetBoolean(9)));
        }

        return rows;
    }

    private object Now() => database.Dialect.Time(time.GetUtcNow());
}
