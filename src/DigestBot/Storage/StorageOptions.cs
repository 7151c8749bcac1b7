namespace DigestBot.Storage;

/// <summary>
/// Where the bot keeps its state: a SQLite file (the default, one instance) or a PostgreSQL database shared by
/// several instances, which then also holds Quartz's clustered schedule.
/// </summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public const string Sqlite = "sqlite";

    public const string Postgres = "postgres";

    /// <summary><c>sqlite</c> or <c>postgres</c>.</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>A SQLite connection string, or with <c>postgres</c> an Npgsql one (Host=…;Database=…;Username=…).</summary>
    public string ConnectionString { get; set; } = "Data Source=digestbot.db";

    public bool IsPostgres => string.Equals(Provider, Postgres, StringComparison.OrdinalIgnoreCase);
}
