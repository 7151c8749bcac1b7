using System.Collections.Concurrent;

namespace DigestBot.Commands;

/// <summary>
/// At most N commands a minute per user (a fixed one-minute window): past it, one notice, then silence until the
/// window has passed.
/// </summary>
public sealed class UserRateLimit(TimeProvider time, int perMinute = 20)
{
    private readonly ConcurrentDictionary<long, Window> _windows = new();

    public enum Verdict
    {
        Allow,
        Notify,
        Silence,
    }

    public Verdict Check(long userId)
    {
        var now = time.GetUtcNow();
        if (_windows.Count > 100_000)
        {
            Sweep(now);
        }

        var window = _windows.AddOrUpdate(userId, _ => new Window(now, 1), (_, w) => now - w.Start >= TimeSpan.FromMinutes(1) ? new Window(now, 1) : w with { Count = w.Count + 1 });
        return window.Count <= perMinute ? Verdict.Allow : window.Count == perMinute + 1 ? Verdict.Notify : Verdict.Silence;
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (user, window) in _windows)
        {
            if (now - window.Start >= TimeSpan.FromMinutes(1))
            {
                _windows.TryRemove(user, out _);
            }
        }
    }

    private sealed record Window(DateTimeOffset Start, int Count);
}
