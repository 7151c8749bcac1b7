using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace DigestBot.Storage;

/// <summary>Subscribers in the same SQLite file as the ledger.</summary>
public sealed class SqliteSubscriberStore(IOptions<StorageOptions> options, TimeProvider time) : ISubscriberStore
{
    private readonly SqliteSchema _schema =
        new("CREATE TABLE IF NOT EXISTS subscribers (id INTEGER PRIMARY KEY AUTOINCREMENT, chat_id INTEGER NOT NULL UNIQUE, since TEXT NOT NULL);");

    public async Task<bool> AddAsync(long chatId, CancellationToken cancellationToken) =>
        await ExecuteAsync("INSERT INTO subscribers (chat_id, since) VALUES ($chat, $now) ON CONFLICT (chat_id) DO NOTHING;", chatId, null, cancellationToken) == 1;

    public async Task<bool> RemoveAsync(long chatId, CancellationToken cancellationToken) =>
        await ExecuteAsync("DELETE FROM subscribers WHERE chat_id = $chat;", chatId, null, cancellationToken) == 1;

    public Task MoveAsync(long chatId, long newChatId, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE OR IGNORE subscribers SET chat_id = $new WHERE chat_id = $chat;", chatId, newChatId, cancellationToken);

    public async Task<IReadOnlyList<Subscriber>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT id, chat_id FROM subscribers ORDER BY id;";
        var subscribers = new List<Subscriber>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            subscribers.Add(new Subscriber(reader.GetInt64(0), reader.GetInt64(1)));
        }

        return subscribers;
    }

    private async Task<int> ExecuteAsync(string sql, long chatId, long? newChatId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$chat", chatId);
        command.Parameters.AddWithValue("$new", newChatId ?? 0);
        command.Parameters.AddWithValue("$now", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) =>
        _schema.OpenAsync(options.Value.ConnectionString, cancellationToken);
}
