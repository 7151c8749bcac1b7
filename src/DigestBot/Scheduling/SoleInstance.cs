namespace DigestBot.Scheduling;

/// <summary>With SQLite the bot runs as one instance, which always polls.</summary>
public sealed class SoleInstance : IPollerElection, IPollerLease
{
    public CancellationToken Lost => CancellationToken.None;

    public Task<IPollerLease> AcquireAsync(string bot, CancellationToken cancellationToken) => Task.FromResult<IPollerLease>(this);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
