using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace DigestBot.Storage;

/// <summary>Subscribers in the same SQLite file as the ledger.</summary>
public sealed class SqliteSubscriberStore(IOptions<StorageOptions> options, TimeProvider time) : ISubscriberStore
{
    private const string Create = "CREATE TABLE IF NOT EXISTS subscribers (chat_id INTEGER PRIMARY KEY, since TEXT NOT NULL);";

    public async Task<bool> AddAsync(long chatId, CancellationToken cancellationToken) =>
        await ExecuteAsync("INSERT INTO subscribers (chat_id, since) VALUES ($chat, $now) ON CONFLICT (chat_id) DO NOTHING;", chatId, null, cancellationToken) == 1;

    public async Task<bool> RemoveAsync(long chatId, CancellationToken cancellationToken) =>
        await ExecuteAsync("DELETE FROM subscribers WHERE chat_id = $chat;", chatId, null, cancellationToken) == 1;

    public Task MoveAsync(long chatId, long newChatId, CancellationToken cancellationToken) =>
        ExecuteAsync("INSERT OR IGNORE INTO subscribers (chat_id, since) SELECT $new, since FROM subscribers WHERE chat_id = $chat; DELETE FROM subscribers WHERE chat_id = $chat;",
            chatId, newChatId, cancellationToken);

    public async Task<IReadOnlyList<long>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT chat_id FROM subscribers ORDER BY since, chat_id;";
        var chats = new List<long>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            chats.Add(reader.GetInt64(0));
        }

        return chats;
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

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(options.Value.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var create = connection.CreateCommand();
        create.CommandText = Create;
        await create.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }
}
