using DigestBot.Cli;
using DigestBot.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DigestBot.Benchmarks.Limits;

/// <summary>The real bot host against the fake Bot API on loopback, on the wall clock (shifted to a date), with a fresh SQLite file.</summary>
internal sealed class BenchHost : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("digestbot-bench-").FullName;

    public BenchHost(FakeBotApi api, DateTimeOffset now, Dictionary<string, string?> settings)
    {
        Settings = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = FakeBotApi.Token,
            ["Telegram:ApiBaseUrl"] = api.BaseUrl,
            ["Telegram:PollTimeoutSeconds"] = "1",
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(_folder, "bench.db")}",
            ["Digests:Path"] = SampleDigests(),
        };
        foreach (var (key, value) in settings)
        {
            Settings[key] = value;
        }

        Clock = new ShiftedClock(now);
    }

    public Dictionary<string, string?> Settings { get; }

    public TimeProvider Clock { get; }

    public string ConnectionString => Settings["Storage:ConnectionString"]!;

    public IHost Build() => Program.BuildHost([], new ConsoleChatIo(TextReader.Null, TextWriter.Null, Echo: false), serve: true, builder =>
    {
        builder.Configuration.AddInMemoryCollection(Settings);
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.Logging.ClearProviders();
    });

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static string SampleDigests()
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
