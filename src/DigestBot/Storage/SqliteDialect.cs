using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace DigestBot.Storage;

/// <summary>SQLite: times as round-trip UTC strings (they sort as the times do), WAL for concurrent readers.</summary>
internal sealed class SqliteDialect : SqlDialect
{
    private const string Create = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS posts (
            week TEXT NOT NULL,
            entry TEXT NOT NULL,
            channel TEXT NOT NULL,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'sent', 'failed')),
            message_id TEXT NULL,
            reason TEXT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (week, entry, channel));
        CREATE TABLE IF NOT EXISTS subscribers (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            chat_id INTEGER NOT NULL UNIQUE,
            since TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS telegram_queue (
            instance TEXT PRIMARY KEY,
            waiting INTEGER NOT NULL,
            sent INTEGER NOT NULL,
            rate_limited INTEGER NOT NULL,
            answers_dropped INTEGER NOT NULL,
            updated_at TEXT NOT NULL);
        """;

    public override DbDataSource CreateSource(string connectionString) => SqliteFactory.Instance.CreateDataSource(connectionString);

    public override async Task CreateSchemaAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Create;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override object Time(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) =>
        DateTimeOffset.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture);
}
