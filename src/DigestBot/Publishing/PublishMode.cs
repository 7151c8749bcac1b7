namespace DigestBot.Publishing;

/// <summary>
/// What a run may retry besides pending posts. The schedule retries nothing else; `digestbot post` also retries
/// failed posts, and with --resend-unknown re-sends posts whose delivery is unknown (they may appear twice).
/// </summary>
public sealed record PublishMode(bool RetryFailed, bool ResendUnknown)
{
    public static PublishMode Scheduled { get; } = new(RetryFailed: false, ResendUnknown: false);
}
