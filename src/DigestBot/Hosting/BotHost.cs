using DigestBot.Cli;
using DigestBot.Cluster;
using DigestBot.Commands;
using DigestBot.Digests;
using DigestBot.Publishing;
using DigestBot.Scheduling;
using DigestBot.Storage;
using DigestBot.Subscribers;
using DigestBot.Telegram;
using DigestBot.X;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace DigestBot.Hosting;

/// <summary>
/// Builds the bot's host: settings from bot.settings.json, the environment (Telegram__BotToken) and
/// --Section:Key=value arguments, then one AddXxx per feature. Logs go to standard error, posts to standard output.
/// </summary>
public sealed class BotHost(IReadOnlyList<string> settingArgs, ConsoleChatIo console, Action<HostApplicationBuilder>? customize = null)
{
    /// <summary>The host for `run` (with the scheduler) or for one-off commands (without it).</summary>
    public IHost Build(bool withScheduler)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        BotSettings.AddSources(builder.Configuration, settingArgs);
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        builder.Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter("Quartz", LogLevel.Warning).AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);

        customize?.Invoke(builder);
        builder.AddDigests();
        builder.AddStorage();
        builder.AddCluster();
        builder.AddPublishing(console.Output);
        builder.AddTelegram();
        builder.AddX();
        builder.AddCommands();
        builder.Services.AddSingleton<SubscriberDelivery>();
        if (withScheduler)
        {
            builder.AddScheduling();
            if (string.IsNullOrWhiteSpace(builder.Configuration["Telegram:BotToken"]))
            {
                builder.AddConsoleChat(console); // local mode: commands from standard input
            }
            else
            {
                builder.AddTelegramUpdates();
            }
        }
        else
        {
            builder.AddScheduleOptions();
        }

        return builder.Build();
    }
}
