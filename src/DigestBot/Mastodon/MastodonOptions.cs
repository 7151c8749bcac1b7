namespace DigestBot.Mastodon;

/// <summary>
/// Mastodon settings. The access token is a secret (the environment, Mastodon__AccessToken); Mastodon posts only
/// when both the instance and the token are set.
/// </summary>
public sealed class MastodonOptions
{
    public const string Section = "Mastodon";

    public static readonly IReadOnlyList<string> Visibilities = ["public", "unlisted", "private"];

    /// <summary>The instance the account lives on, such as https://mastodon.social.</summary>
    public string? InstanceUrl { get; set; }

    public string? AccessToken { get; set; }

    /// <summary>unlisted by default, as many instances ask of bots: in followers' timelines, not the public ones.</summary>
    public string Visibility { get; set; } = "unlisted";

    public int RequestTimeoutSeconds { get; set; } = 30;

    public bool Configured => !string.IsNullOrEmpty(InstanceUrl) && !string.IsNullOrEmpty(AccessToken);
}
