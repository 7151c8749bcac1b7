using System.Diagnostics;
using DigestBot.Tests.Fakes;

namespace DigestBot.Benchmarks.Limits;

/// <summary>
/// `-- burst [N]`: N people (300) send /week 43 within one second, as when a channel post went viral. The real host
/// answers through long polling against the fake Bot API that enforces Telegram's limits, on the wall clock.
/// </summary>
internal static class BurstScenario
{
    private const int Rate = 25;
    private const long FirstUser = 70_000_000;

    public static async Task RunAsync(int people)
    {
        await using var api = await FakeBotApi.StartAsync();
        api.Limits = new FloodControl(perSecond: 30);
        using var bench = new BenchHost(api, new DateTimeOffset(2020, 10, 21, 12, 0, 0, TimeSpan.Zero), new() { ["Telegram:MessagesPerSecond"] = $"{Rate}" });
        using var host = bench.Build();
        await host.StartAsync();
        await DeliveryReport.WaitAsync(() => api.Methods.Contains("getUpdates"), "the first getUpdates", TimeSpan.FromSeconds(30));

        var asked = new DateTimeOffset[people];
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < people; i++)
        {
            await Task.Delay(TimeSpan.FromSeconds(1.0 * i / people) - clock.Elapsed is { Ticks: > 0 } wait ? wait : TimeSpan.Zero);
            asked[i] = DateTimeOffset.UtcNow;
            api.Say(FirstUser + i, FirstUser + i, "/week 43");
        }

        Console.WriteLine($"{people} people sent /week 43 within {clock.Elapsed.TotalSeconds:0.00} s");
        await DeliveryReport.WaitAsync(() => Enumerable.Range(0, people).All(i => api.To(FirstUser + i).Count > 0), "every answer", TimeSpan.FromMinutes(5));
        await host.StopAsync();

        var answers = Enumerable.Range(0, people).Select(i => api.To(FirstUser + i)).ToList();
        var arrivals = answers.Select(a => a[0].ArrivedAt).ToList();
        var waits = answers.Select((a, i) => (a[0].ArrivedAt - asked[i]).TotalSeconds).Order().ToList();
        Console.WriteLine($"answered: {answers.Count(a => a.Count == 1)} of {people} once, {answers.Count(a => a.Count > 1)} more than once");
        DeliveryReport.Print("burst answers", arrivals, Rate, api.Limits);
        Console.WriteLine($"  wait from command to answer: median {waits[waits.Count / 2]:0.0} s, longest {waits[^1]:0.0} s (the queue at {Rate} a second: {people / (double)Rate:0.0} s for all)");
    }
}
