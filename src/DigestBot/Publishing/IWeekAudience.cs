using DigestBot.Digests;

namespace DigestBot.Publishing;

/// <summary>Someone a week goes to when the schedule fires: the configured channels, the subscribers.</summary>
public interface IWeekAudience
{
    Task DeliverAsync(Digest digest, CancellationToken cancellationToken);
}
