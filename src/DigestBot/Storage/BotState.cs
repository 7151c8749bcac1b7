namespace DigestBot.Storage;

/// <summary>
/// Switches an admin sets in the state database, so every instance of a cluster and every restart honour them:
/// for now whether scheduled posting and subscriber delivery are paused.
/// </summary>
public sealed class BotState(StateDatabase database, TimeProvider time)
{
    private const string PausedName = "paused";

    private const string Upsert = """
        INSERT INTO bot_state (name, value, updated_at) VALUES (@name, @value, @now)
        ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at;
        """;

    private const string Select = "SELECT value FROM bot_state WHERE name = @name;";

    public async Task<bool> IsPausedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = StateDatabase.Command(connection, Select, ("@name", PausedName));
        return await select.ExecuteScalarAsync(cancellationToken) is string value && value == "true";
    }

    public async Task SetPausedAsync(bool paused, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var upsert = StateDatabase.Command(connection, Upsert,
            ("@name", PausedName), ("@value", paused ? "true" : "false"), ("@now", database.Dialect.Time(time.GetUtcNow())));
        await upsert.ExecuteNonQueryAsync(cancellationToken);
    }
}
