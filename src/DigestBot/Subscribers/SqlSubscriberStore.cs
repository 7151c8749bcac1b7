using DigestBot.Storage;

namespace DigestBot.Subscribers;

/// <summary>Subscribers in the same database as the ledger.</summary>
public sealed class SqlSubscriberStore(StateDatabase database, TimeProvider time) : ISubscriberStore
{
    public async Task<bool> AddAsync(long chatId, CancellationToken cancellationToken) =>
        await ExecuteAsync("INSERT INTO subscribers (chat_id, since) VALUES (@chat, @now) ON CONFLICT (chat_id) DO NOTHING;", chatId, null, cancellationToken) == 1;

    /// <summary>Removes the chat and its topics (SQLite enforces no foreign keys unless asked, so not by cascade alone).</summary>
    public async Task<bool> RemoveAsync(long chatId, CancellationToken cancellationToken)
    {
        await ExecuteAsync("DELETE FROM subscriber_topics WHERE subscriber_id IN (SELECT id FROM subscribers WHERE chat_id = @chat);", chatId, null, cancellationToken);
        return await ExecuteAsync("DELETE FROM subscribers WHERE chat_id = @chat;", chatId, null, cancellationToken) == 1;
    }

    /// <summary>Moves the subscription to the new chat id, unless that chat is subscribed already.</summary>
    public Task MoveAsync(long chatId, long newChatId, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "UPDATE subscribers SET chat_id = @new WHERE chat_id = @chat AND NOT EXISTS (SELECT 1 FROM subscribers WHERE chat_id = @new);",
            chatId, newChatId, cancellationToken);

    public async Task<IReadOnlyList<Subscriber>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = StateDatabase.Command(connection, "SELECT id, chat_id FROM subscribers ORDER BY id;");
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
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = StateDatabase.Command(
            connection, sql, ("@chat", chatId), ("@new", newChatId ?? 0), ("@now", database.Dialect.Time(time.GetUtcNow())));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
