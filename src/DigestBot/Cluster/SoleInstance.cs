namespace DigestBot.Cluster;

/// <summary>With SQLite the bot runs as one instance, which always polls.</summary>
public sealed class SoleInstance : IPollerElection, IPollerLease
{
    public CancellationToken Lost => CancellationToken.None;

    public Task<IPollerLease> AcquireAsync(CancellationToken cancellationToken) => Task.FromResult<IPollerLease>(this);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
