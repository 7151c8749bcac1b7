using DigestBot.Cli;
using DigestBot.Digests;
using DigestBot.Posts;
using DigestBot.Publishing;
using DigestBot.Storage;
using DigestBot.Subscribers;
using DigestBot.Telegram;
using DigestBot.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Tests.Harness;

/// <summary>
/// The real bot host against the fake Bot API, on a fake clock and a fresh SQLite file. Settings come from
/// bot.settings.json plus test overrides, exactly as in production.
/// </summary>
public sealed class BotHarness : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("digestbot-test-").FullName;

    private BotHarness(FakeTimeProvider clock, FakeBotApi api, string digests)
    {
        Clock = clock;
        Api = api;
        Digests = digests;
    }

    public FakeTimeProvider Clock { get; }

    public FakeBotApi Api { get; }

    public string Digests { get; }

    public string Database => Path.Combine(_folder, "ledger.db");

    public ListLoggerProvider Logs { get; private set; } = new();

    public StringWriter Output { get; } = new();

    public StringWriter Error { get; } = new();

    /// <summary>Standard input for local mode's console chat (none: the end of input at once).</summary>
    public TextReader? Input { get; set; }

    /// <summary>More settings for the hosts this harness builds, over <see cref="Settings"/>.</summary>
    public Dictionary<string, string?> ExtraSettings { get; } = [];

    public Dictionary<string, string?> Settings => new()
    {
        ["Telegram:BotToken"] = FakeBotApi.Token,
        ["Telegram:ApiBaseUrl"] = Api.BaseUrl,
        ["Telegram:ChannelId"] = FakeBotApi.ChannelName,
        ["Telegram:ChannelLanguage"] = "en", // the tests compare channel posts with the English header; LanguageTests sets zh
        ["Storage:ConnectionString"] = $"Data Source={Database}",
        ["Digests:Path"] = Digests,
    };

    public static async Task<BotHarness> CreateAsync(DateTimeOffset now, string? digests = null)
    {
        var clock = new FakeTimeProvider(now);
        return new BotHarness(clock, await FakeBotApi.StartAsync(clock), digests ?? RepoPaths.SampleDigests);
    }

    public static DateTimeOffset At(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    public void Customize(HostApplicationBuilder builder)
    {
        builder.Configuration.AddInMemoryCollection(Settings).AddInMemoryCollection(ExtraSettings);
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.Logging.ClearProviders().AddProvider(Logs);
    }

    /// <summary>A new host, as after a restart: fresh services, the same ledger file and clock. Logs start afresh.</summary>
    public IHost BuildHost(bool withScheduler = true)
    {
        Logs = new ListLoggerProvider();
        return Program.BuildHost([], new ConsoleChatIo(TextReader.Null, Output, Echo: false), withScheduler, Customize);
    }

    /// <summary>Runs a digestbot command in-process while the fake clock moves, so pacing and back-off waits pass.</summary>
    public Task<int> RunAsync(params string[] args) => RunAsync(TimeSpan.FromSeconds(1), args);

    /// <summary>As <see cref="RunAsync(string[])"/>, moving the clock by <paramref name="step"/> at a time (long waits).</summary>
    public async Task<int> RunAsync(TimeSpan step, params string[] args)
    {
        Logs = new ListLoggerProvider();
        var run = Program.RunAsync(args, Output, Error, Input, Customize);
        await AdvanceUntilAsync(() => run.IsCompleted, step);
        return await run;
    }

    /// <summary>Runs a long-lived command (run) until the condition holds, then stops it as Ctrl-C would.</summary>
    public async Task<int> RunUntilAsync(Func<bool> stopWhen, params string[] args)
    {
        Logs = new ListLoggerProvider();
        using var stop = new CancellationTokenSource();
        var run = Program.RunAsync(args, Output, Error, Input, Customize, stop.Token);
        await AdvanceUntilAsync(() => stopWhen() || run.IsCompleted);
        await stop.CancelAsync();
        await AdvanceUntilAsync(() => run.IsCompleted);
        return await run;
    }

    /// <summary>Moves the fake clock a step at a time until the condition holds; fails after too many steps.</summary>
    public async Task AdvanceUntilAsync(Func<bool> done, TimeSpan? step = null, int maxSteps = 5_000)
    {
        for (var i = 0; i < maxSteps; i++)
        {
            if (done())
            {
                return;
            }

            Clock.Advance(step ?? TimeSpan.FromSeconds(1));
            await Task.Delay(2);
        }

        Assert.Fail($"the condition did not hold after {maxSteps} steps; logs:\n{string.Join("\n", Logs.Lines)}");
    }

    /// <summary>
    /// As <see cref="AdvanceUntilAsync"/>, but moves the clock only once the host's outbound queue waits with no call
    /// on its way, so the fake Bot API sees each message at the time the queue sent it (for tests of the limits).
    /// </summary>
    public async Task AdvanceSettledAsync(IHost host, Func<bool> done, TimeSpan step, int maxSteps = 20_000)
    {
        var outbox = host.Services.GetRequiredService<TelegramOutbox>();
        for (var i = 0; i < maxSteps; i++)
        {
            await Task.Delay(1);
            for (var wait = 0; !outbox.Settled && wait < 10_000; wait++)
            {
                await Task.Delay(1);
            }

            if (done())
            {
                return;
            }

            Clock.Advance(step);
        }

        Assert.Fail($"the condition did not hold after {maxSteps} steps; logs:\n{string.Join("\n", Logs.Lines)}");
    }

    /// <summary>A host that answers chat commands (long polling, a short poll timeout) and posts to no channel, started.</summary>
    public async Task<IHost> StartChatAsync()
    {
        ExtraSettings["Telegram:PollTimeoutSeconds"] = "1";
        ExtraSettings["Telegram:ChannelId"] = ""; // a bot with no channel: only its answers reach the fake
        var host = BuildHost();
        await host.StartAsync();
        return host;
    }

    /// <summary>A user writes <paramref name="text"/> in <paramref name="chat"/>; returns the bot's answer.</summary>
    public async Task<FakeMessage> AskAsync(long chat, string text, string languageCode = "en")
    {
        var before = Api.To(chat).Count;
        Api.Say(chat, chat, text, "private", languageCode);
        await AdvanceUntilAsync(() => Api.To(chat).Count > before, TimeSpan.FromMilliseconds(100)); // a chat's answers come 1.1 s apart
        return Api.To(chat)[before];
    }

    /// <summary>Waits until the bot logs a line containing the text.</summary>
    public Task LoggedAsync(string text) => AdvanceUntilAsync(() => Logs.Lines.Any(l => l.Contains(text, StringComparison.Ordinal)));

    /// <summary>The Telegram posts of a week as the channel gets them: the header with its link to the week in the bot.</summary>
    public IReadOnlyList<string> ExpectedTexts(string week)
    {
        var digest = DigestLookup.Find(DigestFolder.Load(Digests).Select(p => p.Digest).ToList(), week)!;
        return WeekPlan.For(digest, new TelegramFormat())
            .Select(p => p.Entry == WeekPlan.HeaderEntry ? DeepLink.AddToHeader(p.Text, FakeBotApi.Username, digest.Label) : p.Text).ToList();
    }

    /// <summary>The messages a subscriber gets for a week.</summary>
    public IReadOnlyList<string> SubscriberTexts(string week) =>
        SubscriberMessage.Plan(DigestLookup.Find(DigestFolder.Load(Digests).Select(p => p.Digest).ToList(), week)!).Select(p => p.Text).ToList();

    public Task<IReadOnlyList<LedgerPost>> LedgerAsync(string? week = null) =>
        new SqlPostLedger(new StateDatabase(Options.Create(new StorageOptions { ConnectionString = $"Data Source={Database}" })), Clock).ListAsync(week, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await Api.DisposeAsync();
        Output.Dispose();
        Error.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
