namespace DigestBot.Benchmarks.Limits;

/// <summary>The wall clock moved to another date (timers run in real time): the bot believes a digest's week is now.</summary>
internal sealed class ShiftedClock(DateTimeOffset now) : TimeProvider
{
    private readonly TimeSpan _shift = now - System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _shift;
}
