using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DigestBot.Storage;

public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var problem = Problem(options);
        return problem is null ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problem);
    }

    private static string? Problem(StorageOptions options)
    {
        if (!options.IsPostgres && !string.Equals(options.Provider, StorageOptions.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            return $"Storage:Provider \"{options.Provider}\" is not known: use \"sqlite\" (one instance, the default) or \"postgres\" (several instances).";
        }

        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return options.IsPostgres
                ? "Storage:ConnectionString is empty: give an Npgsql connection string such as \"Host=localhost;Database=digestbot;Username=digestbot\"."
                : "Storage:ConnectionString is empty: give a SQLite connection string such as \"Data Source=digestbot.db\".";
        }

        return options.IsPostgres ? PostgresProblem(options.ConnectionString) : SqliteProblem(options.ConnectionString);
    }

    private static string? SqliteProblem(string connectionString)
    {
        try
        {
            return new SqliteConnectionStringBuilder(connectionString).DataSource.Length > 0
                ? null
                : "Storage:ConnectionString names no file: add \"Data Source=FILE\".";
        }
        catch (ArgumentException e)
        {
            return $"Storage:ConnectionString is not a SQLite connection string: {e.Message}";
        }
    }

    private static string? PostgresProblem(string connectionString)
    {
        if (connectionString.Contains("Data Source", StringComparison.OrdinalIgnoreCase))
        {
            return "Storage:ConnectionString is a SQLite connection string, but Storage:Provider is postgres: give an Npgsql one such as \"Host=localhost;Database=digestbot;Username=digestbot\".";
        }

        try
        {
            return string.IsNullOrWhiteSpace(new NpgsqlConnectionStringBuilder(connectionString).Host)
                ? "Storage:ConnectionString names no PostgreSQL server: with Storage:Provider=postgres give \"Host=…;Database=…;Username=…\" (the password from the environment, Storage__ConnectionString)."
                : null;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException)
        {
            return $"Storage:ConnectionString is not an Npgsql connection string: {e.Message}";
        }
    }
}
