namespace DigestBot.Storage;

/// <summary>Where the bot keeps its state. The default is a SQLite file in the current directory.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public string ConnectionString { get; set; } = "Data Source=digestbot.db";
}
