using System.Collections.Concurrent;

namespace DigestBot.Publishing;

/// <summary>
/// Spreads a channel's messages evenly: at most N a minute means one every 60/N seconds, so a week's posts
/// never arrive as a burst (Telegram throttles bots that send more than 20 a minute to one chat).
/// </summary>
public sealed class Pacer(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _turns = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _next = new(StringComparer.Ordinal);

    /// <summary>Waits until the channel may send again (also after a hold, for an unpaced channel), and books the following slot.</summary>
    public async Task WaitTurnAsync(string channel, int perMinute, CancellationToken cancellationToken)
    {
        if (perMinute <= 0 && !_next.ContainsKey(channel))
        {
            return;
        }

        var turn = _turns.GetOrAdd(channel, _ => new SemaphoreSlim(1, 1));
        await turn.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            if (_next.TryGetValue(channel, out var next) && next > now)
            {
                await Task.Delay(next - now, time, cancellationToken);
                now = next;
            }

            _next[channel] = perMinute > 0 ? now + TimeSpan.FromMinutes(1.0 / perMinute) : now;
        }
        finally
        {
            turn.Release();
        }
    }

    /// <summary>After a 429, nothing more goes to the channel before the wait is over.</summary>
    public void Hold(string channel, TimeSpan wait) =>
        _next.AddOrUpdate(channel, _ => time.GetUtcNow() + wait, (_, next) => Max(next, time.GetUtcNow() + wait));

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
