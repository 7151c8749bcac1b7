namespace DigestBot.X;

/// <summary>
/// X (Twitter) API v2 settings. The four credentials are secrets (environment or user secrets); X posts only when
/// all four are set.
/// </summary>
public sealed class XOptions
{
    public const string Section = "X";

    public string ApiBaseUrl { get; set; } = "https://api.x.com";

    public string? ConsumerKey { get; set; }

    public string? ConsumerSecret { get; set; }

    public string? AccessToken { get; set; }

    public string? AccessTokenSecret { get; set; }

    /// <summary>Posts a day (the free tier allows 17); past it posts wait for the window, counted from the ledger.</summary>
    public int MaxPostsPerDay { get; set; } = 17;

    public int RequestTimeoutSeconds { get; set; } = 30;

    public bool Configured => Credentials().All(c => !string.IsNullOrEmpty(c.Value));

    public IEnumerable<(string Name, string? Value)> Credentials() =>
        [("X:ConsumerKey", ConsumerKey), ("X:ConsumerSecret", ConsumerSecret), ("X:AccessToken", AccessToken), ("X:AccessTokenSecret", AccessTokenSecret)];
}
