using System.Data.Common;
using Microsoft.Extensions.Options;

namespace DigestBot.Storage;

/// <summary>
/// The database the ledger and the subscribers live in (SQLite or PostgreSQL): opens connections from one data
/// source, creating the tables on the first open only.
/// </summary>
public sealed class StateDatabase : IAsyncDisposable
{
    private readonly Lazy<DbDataSource> _source;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _created;

    public StateDatabase(IOptions<StorageOptions> options)
    {
        Dialect = SqlDialect.For(options.Value);
        _source = new(() => Dialect.CreateSource(options.Value.ConnectionString));
    }

    internal SqlDialect Dialect { get; }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await _source.Value.OpenConnectionAsync(cancellationToken);
        if (!_created)
        {
            await _gate.WaitAsync(cancellationToken);
            try
            {
                if (!_created)
                {
                    await Dialect.CreateSchemaAsync(connection, cancellationToken);
                    _created = true;
                }
            }
            finally
            {
                _gate.Release();
            }
        }

        return connection;
    }

    public static DbCommand Command(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    public async ValueTask DisposeAsync()
    {
        if (_source.IsValueCreated)
        {
            await _source.Value.DisposeAsync();
        }

        _gate.Dispose();
    }
}
