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
        CREATE TABLE IF NOT EXISTS subscriber_topics (
            subscriber_id INTEGER NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE,
            topic TEXT NOT NULL,
            PRIMARY KEY (subscriber_id, topic));
        CREATE TABLE IF NOT EXISTS telegram_queue (
            instance TEXT PRIMARY KEY,
            waiting INTEGER NOT NULL,
            sent INTEGER NOT NULL,
            rate_limited INTEGER NOT NULL,
            answers_dropped INTEGER NOT NULL,
            updated_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS bot_state (
            name TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            updated_at TEXT NOT NULL);
        """;

    public override DbDataSource CreateSource(string connectionString) => SqliteFactory.Instance.CreateDataSource(connectionString);

    /// <summary>Added after the first release: a ledger made before it gets the column (SQLite has no ADD COLUMN IF NOT EXISTS).</summary>
    private const string HasNeverRetry = "SELECT count(*) FROM pragma_table_info('posts') WHERE name = 'never_retry';";

    private const string AddNeverRetry = "ALTER TABLE posts ADD COLUMN never_retry INTEGER NOT NULL DEFAULT 0;";

    public override async Task CreateSchemaAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Create;
        await command.ExecuteNonQueryAsync(cancellationToken);
        command.CommandText = HasNeverRetry;
        if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 0)
        {
            command.CommandText = AddNeverRetry;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public override object Time(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) =>
        DateTimeOffset.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture);
}
