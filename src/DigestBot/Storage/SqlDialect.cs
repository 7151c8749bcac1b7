using System.Data.Common;

namespace DigestBot.Storage;

/// <summary>
/// What differs between the two databases the state lives in: how tables are created and how times are stored.
/// Every other statement is plain SQL that SQLite and PostgreSQL both run (named @parameters, ON CONFLICT).
/// </summary>
internal abstract class SqlDialect
{
    public static SqlDialect For(StorageOptions options) => options.IsPostgres ? new PostgresDialect() : new SqliteDialect();

    public abstract DbDataSource CreateSource(string connectionString);

    /// <summary>Creates the ledger's and the subscribers' tables when absent; safe to run again, and concurrently.</summary>
    public abstract Task CreateSchemaAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>A time as the posts table stores it.</summary>
    public abstract object Time(DateTimeOffset time);

    public abstract DateTimeOffset ReadTime(DbDataReader reader, int ordinal);
}
