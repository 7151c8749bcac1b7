namespace DigestBot.Publishing;

/// <summary>
/// The channels posts go to: every configured platform, or the console channel when none is configured
/// (local mode, the embedded default). Settled once, from the validated settings.
/// </summary>
public sealed class Channels(IEnumerable<IChannelSource> sources, ConsoleChannel console)
{
    private readonly Lazy<IReadOnlyList<IChannel>> _configured = new(() =>
    {
        var configured = sources.Select(s => s.Create()).OfType<IChannel>().ToList();
        return configured.Count > 0 ? configured : [console];
    });

    public IReadOnlyList<IChannel> Configured => _configured.Value;

    public bool LocalMode => Configured is [ConsoleChannel];

    /// <summary>The configured channel of that name, or null.</summary>
    public IChannel? Find(string name) =>
        Configured.FirstOrDefault(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}
