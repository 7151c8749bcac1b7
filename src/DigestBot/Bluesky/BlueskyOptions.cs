namespace DigestBot.Bluesky;

/// <summary>
/// Bluesky settings. The app password is a secret (environment or user secrets); Bluesky posts only when both the
/// identifier and the app password are set.
/// </summary>
public sealed class BlueskyOptions
{
    public const string Section = "Bluesky";

    /// <summary>The account's PDS, or bsky.social's entryway, which forwards to it.</summary>
    public string ServiceUrl { get; set; } = "https://bsky.social";

    /// <summary>The account's handle (name.bsky.social) or DID.</summary>
    public string? Identifier { get; set; }

    /// <summary>An app password (Settings → Privacy and security → App passwords), never the account's password.</summary>
    public string? AppPassword { get; set; }

    /// <summary>The digests' language, given to each post as its langs (the series is written in Chinese).</summary>
    public string Language { get; set; } = "zh";

    public int RequestTimeoutSeconds { get; set; } = 30;

    public bool Configured => !string.IsNullOrEmpty(Identifier) && !string.IsNullOrEmpty(AppPassword);
}
