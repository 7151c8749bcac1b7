using System.Data.Common;
using Npgsql;

namespace DigestBot.Storage;

/// <summary>
/// PostgreSQL (Npgsql): times as timestamptz. Instances starting together create the tables under one advisory
/// lock, since two concurrent CREATE TABLE IF NOT EXISTS can still collide in PostgreSQL's catalog.
/// </summary>
internal sealed class PostgresDialect : SqlDialect
{
    /// <summary>The advisory lock key the schema is created under ("digestbot" in ASCII).</summary>
    private const long SchemaLock = 0x6469676573746274;

    private const string Create = """
        SELECT pg_advisory_xact_lock(@lock);
        CREATE TABLE IF NOT EXISTS posts (
            week text NOT NULL,
            entry text NOT NULL,
            channel text NOT NULL,
            position integer NOT NULL,
            text text NOT NULL,
            state text NOT NULL CHECK (state IN ('pending', 'sending', 'sent', 'failed')),
            message_id text NULL,
            reason text NULL,
            updated_at timestamptz NOT NULL,
            PRIMARY KEY (week, entry, channel));
        ALTER TABLE posts ADD COLUMN IF NOT EXISTS never_retry boolean NOT NULL DEFAULT false;
        CREATE TABLE IF NOT EXISTS subscribers (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            chat_id bigint NOT NULL UNIQUE,
            since timestamptz NOT NULL);
        CREATE TABLE IF NOT EXISTS subscriber_topics (
            subscriber_id bigint NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE,
            topic text NOT NULL,
            PRIMARY KEY (subscriber_id, topic));
        CREATE TABLE IF NOT EXISTS telegram_rate (
            bot_id bigint NOT NULL,
            lane text NOT NULL,
            next_at timestamptz NOT NULL,
            PRIMARY KEY (bot_id, lane));
        CREATE TABLE IF NOT EXISTS telegram_queue (
            instance text PRIMARY KEY,
            waiting integer NOT NULL,
            sent bigint NOT NULL,
            rate_limited bigint NOT NULL,
            answers_dropped bigint NOT NULL,
            updated_at timestamptz NOT NULL);
        CREATE TABLE IF NOT EXISTS bot_state (
            name text PRIMARY KEY,
            value text NOT NULL,
            updated_at timestamptz NOT NULL);
        """;

    public override DbDataSource CreateSource(string connectionString) => NpgsqlDataSource.Create(connectionString);

    public override async Task CreateSchemaAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Create;
        command.Parameters.Add(new NpgsqlParameter("lock", SchemaLock));
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public override object Time(DateTimeOffset time) => time.ToUniversalTime();

    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);
}
