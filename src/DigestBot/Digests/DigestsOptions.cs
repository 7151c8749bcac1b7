namespace DigestBot.Digests;

/// <summary>Where the digests are: a folder of Markdown files, relative to the current directory.</summary>
public sealed class DigestsOptions
{
    public const string Section = "Digests";

    public string Path { get; set; } = "digests";
}
