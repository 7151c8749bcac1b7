using System.ComponentModel.DataAnnotations;

namespace DigestBot.Storage;

/// <summary>Where the bot keeps its state. The default is a SQLite file in the current directory.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    [Required(AllowEmptyStrings = false, ErrorMessage = "Storage:ConnectionString is empty: give a SQLite connection string such as \"Data Source=digestbot.db\".")]
    public string ConnectionString { get; set; } = "Data Source=digestbot.db";
}
