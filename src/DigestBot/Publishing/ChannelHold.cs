using System.Collections.Concurrent;

namespace DigestBot.Publishing;

/// <summary>
/// After a channel said "not now" (a 429, X's daily cap), nothing more goes to that channel before the wait is over.
/// Pacing within the platforms' limits is the senders' own: Telegram's outbound queue, X's daily count.
/// </summary>
public sealed class ChannelHold(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _until = new(StringComparer.Ordinal);

    /// <summary>Waits until the channel's hold, if any, is over.</summary>
    public async Task WaitAsync(string channel, CancellationToken cancellationToken)
    {
        if (_until.TryGetValue(channel, out var until) && until > time.GetUtcNow())
        {
            await Task.Delay(until - time.GetUtcNow(), time, cancellationToken);
        }
    }

    public void Hold(string channel, TimeSpan wait) =>
        _until.AddOrUpdate(channel, _ => time.GetUtcNow() + wait, (_, until) => Max(until, time.GetUtcNow() + wait));

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
