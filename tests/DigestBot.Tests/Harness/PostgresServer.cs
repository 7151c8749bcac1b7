using DigestBot.Storage;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DigestBot.Tests.Harness;

/// <summary>The test PostgreSQL server (.ci/postgres.sh), and a fresh database on it for each test.</summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    private PostgresDatabase(string name, string connectionString)
    {
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    /// <summary>The Npgsql connection string of this test's own database.</summary>
    public string ConnectionString { get; }

    public static async Task<PostgresDatabase> CreateAsync()
    {
        var server = PostgresServer.ConnectionString
            ?? throw new InvalidOperationException($"{PostgresServer.Variable} is not set: .ci/run starts PostgreSQL (.ci/postgres.sh) and sets it.");
        var name = $"digestbot_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name};", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new PostgresDatabase(name, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
    }

    /// <summary>The bot's state database (ledger and subscribers) on this database, as Storage:Provider=postgres opens it.</summary>
    public StateDatabase OpenState() =>
        new(Options.Create(new StorageOptions { Provider = StorageOptions.Postgres, ConnectionString = ConnectionString }));

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(PostgresServer.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE);", connection);
        await drop.ExecuteNonQueryAsync();
    }
}

public static class PostgresServer
{
    public const string Variable = "DIGESTBOT_TEST_POSTGRES";

    /// <summary>The server's connection string (its maintenance database), set by .ci/postgres.sh.</summary>
    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>Set by .ci/run: tests that need PostgreSQL must run, not skip.</summary>
    public static bool UnderCi => Environment.GetEnvironmentVariable("DIGESTBOT_CI") == "1";
}
