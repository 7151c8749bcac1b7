using System.Diagnostics;
using DigestBot.Cli;
using DigestBot.Telegram;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DigestBot.Benchmarks.Chat;

/// <summary>
/// `-- commands [N]`: chat commands answered per second through the whole path (getUpdates, the real host's update
/// handler and command router, the outbound queue, Telegram.Bot's sendMessage) against a lean fake Bot API on
/// loopback, with Telegram's rate lifted (<see cref="NoRateLimit"/>): information about the bot's own cost, not a
/// target, since Telegram caps the answers at about 30 a second.
/// </summary>
internal static class CommandThroughput
{
    private const int WarmUp = 5_000;

    public static async Task RunAsync(int count)
    {
        await using var api = await BenchBotApi.StartAsync(WarmUp, count);
        var folder = Directory.CreateTempSubdirectory("digestbot-bench-").FullName;
        var settings = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = BenchBotApi.Token,
            ["Telegram:ApiBaseUrl"] = api.BaseUrl,
            ["Telegram:PollTimeoutSeconds"] = "1",
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(folder, "bench.db")}",
            ["Digests:Path"] = Samples(),
            ["Commands:PerUserPerMinute"] = "20",
        };
        using var host = Program.BuildHost([], new ConsoleChatIo(TextReader.Null, TextWriter.Null, Echo: false), serve: true, builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Services.AddSingleton<ISendBudget>(new NoRateLimit());
            builder.Logging.ClearProviders();
        });
        var started = Stopwatch.GetTimestamp();
        await host.StartAsync();
        await api.AllAnswered.Task.WaitAsync(TimeSpan.FromMinutes(5));
        var (first, last) = api.Span();
        await host.StopAsync();
        Report(count, api.LatenciesMs(), Stopwatch.GetElapsedTime(first, last), Stopwatch.GetElapsedTime(started, first));
        Directory.Delete(folder, recursive: true);
    }

    private static void Report(int count, double[] latencies, TimeSpan elapsed, TimeSpan startup)
    {
        Array.Sort(latencies);
        double Percentile(double p) => latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(p * latencies.Length) - 1)];
        Console.WriteLine("Telegram's rate lifted: this measures the bot's own cost per command; Telegram itself allows about 30 answers a second");
        Console.WriteLine($"{count} commands \"/week 43\" in {elapsed.TotalSeconds:0.000} s, after {WarmUp} not measured (start-up and warm-up {startup.TotalMilliseconds:0} ms)");
        Console.WriteLine($"{count / elapsed.TotalSeconds:0} commands/s; latency from update handed out to reply acknowledged: p50 {Percentile(0.50):0.0} ms, p99 {Percentile(0.99):0.0} ms, max {latencies[^1]:0.0} ms");
    }

    /// <summary>Every send slot now: the bot as fast as it can go, which Telegram would not allow.</summary>
    private sealed class NoRateLimit : ISendBudget
    {
        public Task<TimeSpan> ReserveAsync(bool paid, CancellationToken cancellationToken) => Task.FromResult(TimeSpan.Zero);

        public Task PauseAsync(TimeSpan wait, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private static string Samples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DigestBot.sln")))
            {
                return Path.Combine(dir.FullName, "digests");
            }
        }

        throw new DirectoryNotFoundException("DigestBot.sln not found above " + AppContext.BaseDirectory);
    }
}
