using System.Data.Common;
using DigestBot.Storage;

namespace DigestBot.Subscribers;

/// <summary>Topics in the subscriber_topics table, keyed by the subscription's id (so they follow a group's move to a supergroup).</summary>
public sealed class SqlTopicStore(StateDatabase database, TimeProvider time) : ITopicStore
{
    private const string Subscribe = "INSERT INTO subscribers (chat_id, since) VALUES (@chat, @now) ON CONFLICT (chat_id) DO NOTHING;";
    private const string IdOf = "SELECT id FROM subscribers WHERE chat_id = @chat;";
    private const string TopicsOf = "SELECT topic FROM subscriber_topics WHERE subscriber_id = @id;";

    public async Task<TopicsChange> AddAsync(long chatId, IReadOnlyCollection<string> topics, int max, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var sql = new Sql(connection, transaction, cancellationToken);
        var added = await sql.ExecuteAsync(Subscribe, ("@chat", chatId), ("@now", database.Dialect.Time(time.GetUtcNow()))) == 1;
        var id = (await sql.ReadAsync(IdOf, r => r.GetInt64(0), ("@chat", chatId)))[0];
        var had = await sql.ReadAsync(TopicsOf, r => r.GetString(0), ("@id", id));
        var now = Sorted(had.Union(topics, StringComparer.Ordinal));
        if (now.Count > max)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new TopicsChange(false, Sorted(had), Refused: true);
        }

        foreach (var topic in topics.Except(had, StringComparer.Ordinal))
        {
            await sql.ExecuteAsync("INSERT INTO subscriber_topics (subscriber_id, topic) VALUES (@id, @topic) ON CONFLICT DO NOTHING;", ("@id", id), ("@topic", topic));
        }

        await transaction.CommitAsync(cancellationToken);
        return new TopicsChange(added, now, Refused: false);
    }

    public async Task<IReadOnlyList<string>?> RemoveAsync(long chatId, IReadOnlyCollection<string> topics, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var sql = new Sql(connection, transaction, cancellationToken);
        var ids = await sql.ReadAsync(IdOf, r => r.GetInt64(0), ("@chat", chatId));
        if (ids.Count == 0)
        {
            return null;
        }

        foreach (var topic in topics)
        {
            await sql.ExecuteAsync("DELETE FROM subscriber_topics WHERE subscriber_id = @id AND topic = @topic;", ("@id", ids[0]), ("@topic", topic));
        }

        var left = Sorted(await sql.ReadAsync(TopicsOf, r => r.GetString(0), ("@id", ids[0])));
        await transaction.CommitAsync(cancellationToken);
        return left;
    }

    public async Task<int> ClearAsync(long chatId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await new Sql(connection, null, cancellationToken)
            .ExecuteAsync("DELETE FROM subscriber_topics WHERE subscriber_id IN (SELECT id FROM subscribers WHERE chat_id = @chat);", ("@chat", chatId));
    }

    public async Task<IReadOnlyList<string>?> OfAsync(long chatId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await new Sql(connection, null, cancellationToken).ReadAsync(
            "SELECT s.id, t.topic FROM subscribers s LEFT JOIN subscriber_topics t ON t.subscriber_id = s.id WHERE s.chat_id = @chat;",
            r => r.IsDBNull(1) ? null : r.GetString(1), ("@chat", chatId));
        return rows.Count == 0 ? null : Sorted(rows.OfType<string>());
    }

    public async Task<IReadOnlyDictionary<long, IReadOnlyList<string>>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await new Sql(connection, null, cancellationToken)
            .ReadAsync("SELECT subscriber_id, topic FROM subscriber_topics;", r => (Id: r.GetInt64(0), Topic: r.GetString(1)));
        return rows.GroupBy(r => r.Id, r => r.Topic).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)Sorted(g));
    }

    private static List<string> Sorted(IEnumerable<string> topics) => topics.Order(StringComparer.Ordinal).ToList();

    /// <summary>Statements on one connection, in its transaction if any.</summary>
    private sealed class Sql(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        public async Task<int> ExecuteAsync(string sql, params (string Name, object? Value)[] parameters)
        {
            await using var command = StateDatabase.Command(connection, sql, parameters);
            command.Transaction = transaction;
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }

        public async Task<List<T>> ReadAsync<T>(string sql, Func<DbDataReader, T> row, params (string Name, object? Value)[] parameters)
        {
            await using var command = StateDatabase.Command(connection, sql, parameters);
            command.Transaction = transaction;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new List<T>();
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(row(reader));
            }

            return rows;
        }
    }
}
