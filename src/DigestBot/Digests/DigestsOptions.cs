namespace DigestBot.Digests;

/// <summary>Where the digests are: a folder of Markdown files, relative to the current directory.</summary>
public sealed class DigestsOptions
{
    public const string Section = "Digests";

    /// <summary>The bot's own sample digests, beside the program's working directory.</summary>
    public const string DefaultPath = "digests";

    public string Path { get; set; } = DefaultPath;
}
