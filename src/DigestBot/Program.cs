using System.Text;
using DigestBot.Admin;
using DigestBot.Bluesky;
using DigestBot.Cli;
using DigestBot.Commands;
using DigestBot.Digests;
using DigestBot.Languages;
using DigestBot.Mastodon;
using DigestBot.Operations;
using DigestBot.Publishing;
using DigestBot.Scheduling;
using DigestBot.Storage;
using DigestBot.Subscribers;
using DigestBot.Telegram;
using DigestBot.X;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace DigestBot;

/// <summary>
/// The composition root: where the settings come from, the features the bot is made of, and the command line.
/// </summary>
public static class Program
{
    public static Task<int> Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        return RunAsync(args, Console.Out, Console.Error, Console.In);
    }

    /// <summary>
    /// Runs a command line. Arguments of the form --Section:Key=value are settings, the rest the command;
    /// <paramref name="customize"/> lets tests put in a fake clock and settings.
    /// </summary>
    public static Task<int> RunAsync(
        string[] args,
        TextWriter output,
        TextWriter error,
        TextReader? input = null,
        Action<HostApplicationBuilder>? customize = null,
        CancellationToken cancellationToken = default)
    {
        var (settings, command) = BotSettings.Split(args);
        var echo = input is not null && (input != Console.In || Console.IsInputRedirected);
        var console = new ConsoleChatIo(input ?? TextReader.Null, output, echo);
        return DigestCommands.InvokeAsync(command, output, error, BotSettings.Load(settings), serve => BuildHost(settings, console, serve, customize), cancellationToken);
    }

    /// <summary>The bot: for `run` (<paramref name="serve"/>) with the scheduler and the chat, else for one-off commands.</summary>
    public static IHost BuildHost(IReadOnlyList<string> settings, ConsoleChatIo console, bool serve, Action<HostApplicationBuilder>? customize = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = Directory.GetCurrentDirectory() });

        // Settings: bot.settings.json beside the program (non-secret defaults), then the environment
        // (Telegram__BotToken), then --Section:Key=value arguments, each overriding the one before.
        BotSettings.AddSources(builder.Configuration, settings);

        // Logs go to standard error, one line each; standard output is for posts and answers.
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        builder.Logging.AddSimpleConsole(options => options.SingleLine = true);
        builder.Services.Configure<ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter("Quartz", LogLevel.Warning).AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        builder.Services.AddSystemd();      // under systemd only: READY=1 once started, STOPPING=1, journal-style log lines
        customize?.Invoke(builder);

        // Any service as Lazy<T>: the Telegram client exists only with a token, so what may run without one
        // (the subscribers' delivery, the update receiver) takes it lazily.
        builder.Services.AddTransient(typeof(Lazy<>), typeof(LazyService<>));

        builder.AddLanguages();             // the fixed texts in English and Chinese, per message
        builder.AddDigests();               // the digest files and their parser
        builder.AddStorage();               // the state database: SQLite, or PostgreSQL for several instances
        builder.AddPublishing(console.Output); // the ledger, the channels, the console channel of local mode
        builder.AddCommands();              // chat commands, the same for Telegram and the console
        builder.AddTelegram();              // the client, the outbound queue, the channel
        builder.AddX();                     // X's client and channel
        builder.AddMastodon();              // Mastodon's client, the instance's limits, the channel
        builder.AddBluesky();               // Bluesky's XRPC client and channel
        builder.AddSubscribers();           // /subscribe and the weekly message to each subscriber
        builder.AddScheduling();            // the schedule's calendar, clustering, the poller election
        builder.AddAdmin();                 // /status, /postnow, /resend, /pause, /resume for Telegram:AdminIds
        if (serve)
        {
            builder.AddScheduler();         // Quartz: the weekly job on its cron trigger, and once at start
            builder.AddTelegramUpdates();   // commands from Telegram, when a token is set
            builder.AddConsoleChat(console); // commands from standard input, when none is
        }

        builder.AddOperations(serve);       // metrics; when serving, /healthz, /readyz, /metrics on Health:Listen

        return builder.Build();
    }

    private sealed class LazyService<T>(IServiceProvider services) : Lazy<T>(services.GetRequiredService<T>) where T : notnull;
}
