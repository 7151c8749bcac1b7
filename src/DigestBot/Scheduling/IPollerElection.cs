namespace DigestBot.Scheduling;

/// <summary>
/// Chooses the one instance that long-polls Telegram: Telegram answers a second concurrent getUpdates with
/// 409 Conflict, so instances sharing a bot must take turns.
/// </summary>
public interface IPollerElection
{
    /// <summary>Waits until this instance may poll for <paramref name="bot"/> (its token: one election per bot). Dispose the lease to give polling up.</summary>
    Task<IPollerLease> AcquireAsync(string bot, CancellationToken cancellationToken);
}

/// <summary>The right to poll. <see cref="Lost"/> fires when this instance can no longer be sure it holds it.</summary>
public interface IPollerLease : IAsyncDisposable
{
    CancellationToken Lost { get; }
}
