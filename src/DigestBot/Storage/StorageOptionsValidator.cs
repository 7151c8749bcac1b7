using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace DigestBot.Storage;

public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail("Storage:ConnectionString is empty: give a SQLite connection string such as \"Data Source=digestbot.db\".");
        }

        try
        {
            return new SqliteConnectionStringBuilder(options.ConnectionString).DataSource.Length > 0
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail("Storage:ConnectionString names no file: add \"Data Source=FILE\".");
        }
        catch (ArgumentException e)
        {
            return ValidateOptionsResult.Fail($"Storage:ConnectionString is not a SQLite connection string: {e.Message}");
        }
    }
}
