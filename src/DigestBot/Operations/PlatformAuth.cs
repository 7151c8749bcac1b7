using System.Collections.Concurrent;

namespace DigestBot.Operations;

/// <summary>Whether each platform's last call was refused with 401 (a bad token): /readyz reports it.</summary>
public sealed class PlatformAuth
{
    private readonly ConcurrentDictionary<string, bool> _refused = new(StringComparer.Ordinal);

    /// <summary>Only refusals are kept, so the many subscriber channels add nothing.</summary>
    public void Record(string platform, bool refused)
    {
        if (refused)
        {
            _refused[platform] = true;
        }
        else
        {
            _refused.TryRemove(platform, out _);
        }
    }

    public IReadOnlyList<string> Refused => [.. _refused.Keys.Order(StringComparer.Ordinal)];
}
