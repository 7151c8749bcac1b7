using Microsoft.Data.Sqlite;

namespace DigestBot.Storage;

/// <summary>Opens connections to a SQLite file, creating a store's tables on the first open only.</summary>
internal sealed class SqliteSchema(string create)
{
    private readonly Lock _gate = new();
    private volatile bool _created;

    public async Task<SqliteConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        if (!_created)
        {
            // CREATE TABLE IF NOT EXISTS is idempotent; the lock only keeps two first calls from racing on WAL setup.
            lock (_gate)
            {
                using var command = connection.CreateCommand();
                command.CommandText = create;
                command.ExecuteNonQuery();
                _created = true;
            }
        }

        return connection;
    }
}
