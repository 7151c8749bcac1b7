using DigestBot.Tests.Fakes;

namespace DigestBot.Benchmarks.Limits;

/// <summary>What the fake Bot API saw of a run: how many messages, how fast, and whether any crossed Telegram's limits.</summary>
internal static class DeliveryReport
{
    /// <summary>Messages a second from the first to the last of these arrivals.</summary>
    public static double Rate(IReadOnlyList<DateTimeOffset> arrivals) =>
        arrivals.Count < 2 ? 0 : (arrivals.Count - 1) / (arrivals.Max() - arrivals.Min()).TotalSeconds;

    /// <summary>The most arrivals in any one second.</summary>
    public static int Busiest(IReadOnlyList<DateTimeOffset> arrivals) =>
        arrivals.Count == 0 ? 0 : arrivals.Max(t => arrivals.Count(u => u >= t && u < t.AddSeconds(1)));

    public static void Print(string what, IReadOnlyList<DateTimeOffset> arrivals, int configured, FloodControl limits)
    {
        var rate = Rate(arrivals);
        Console.WriteLine($"{what}: {arrivals.Count} messages in {(arrivals.Max() - arrivals.Min()).TotalSeconds:0.00} s, " +
            $"{rate:0.00} a second ({100 * rate / configured:0.0}% of Telegram:MessagesPerSecond={configured}), at most {Busiest(arrivals)} in any second");
        Console.WriteLine($"  429 answers: {limits.TooManyRequests}; messages sent inside a retry_after: {limits.SentDuringRetryAfter}");
    }

    public static async Task WaitAsync(Func<bool> done, string what, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (!done())
        {
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"timed out waiting for {what}");
            }

            await Task.Delay(5);
        }
    }
}
