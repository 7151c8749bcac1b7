namespace DigestBot.Publishing;

/// <summary>
/// The ledger of posts: one row per (digest, entry, channel). Every change of state is a compare-and-set on the
/// current state, so two runs (or two processes) never both send the same post.
/// </summary>
public interface IPostLedger
{
    /// <summary>Adds the posts the ledger does not know yet as pending; returns every row of the week and channel, in order.</summary>
    Task<IReadOnlyList<LedgerPost>> PlanAsync(string week, string channel, IReadOnlyList<PlannedPost> posts, CancellationToken cancellationToken);

    /// <summary>
    /// Moves a post from <paramref name="current"/> to <paramref name="target"/>; false when it was not in <paramref name="current"/>.
    /// <paramref name="final"/> marks a failure that is never retried.
    /// </summary>
    Task<bool> MoveAsync(PostKey key, PostState current, PostState target, string? reason, CancellationToken cancellationToken, bool final = false);

    /// <summary>Records that a post in sending was delivered, with the platform's message id.</summary>
    Task MarkSentAsync(PostKey key, string messageId, CancellationToken cancellationToken);

    /// <summary>When each post to a channel was sent, for those sent since a time (X's daily cap counts them).</summary>
    Task<IReadOnlyList<DateTimeOffset>> SentSinceAsync(string channel, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Every row, or those of one week, ordered by week, channel and position.</summary>
    Task<IReadOnlyList<LedgerPost>> ListAsync(string? week, CancellationToken cancellationToken);
}
