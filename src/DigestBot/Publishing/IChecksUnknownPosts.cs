namespace DigestBot.Publishing;

/// <summary>
/// A channel that can find out what became of a post whose delivery is unknown (left "sending" by a timeout, a 5xx
/// or a crash): Bluesky asks for the record by its key, Mastodon re-sends with the same idempotency key while the
/// server still remembers it. The publisher asks at the start of every run, before anything else is sent.
/// </summary>
public interface IChecksUnknownPosts
{
    Task<UnknownPost> CheckAsync(LedgerPost post, CancellationToken cancellationToken);
}

/// <summary>What a channel found out about a post of unknown delivery.</summary>
public abstract record UnknownPost
{
    /// <summary>It arrived: the platform's id for it.</summary>
    public sealed record Landed(string MessageId) : UnknownPost;

    /// <summary>It did not arrive (or sending it again cannot make a duplicate): send it again, with the same key.</summary>
    public sealed record SendAgain : UnknownPost;

    /// <summary>Nobody can tell any more: it stays unknown and is reported.</summary>
    public sealed record StillUnknown(string Why) : UnknownPost;
}
