using System.CommandLine;
using DigestBot.Publishing;
using DigestBot.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Cli;

/// <summary>`digestbot run` (the default): the scheduler, until Ctrl-C.</summary>
public static partial class RunCommand
{
    public const string LocalModeLine =
        "Local mode: no Telegram token, so posts and command answers are printed here; type a command such as /week 43 (set Telegram__BotToken, and Telegram__ChannelId to post to a channel, to connect to Telegram).";

    public static Command Build(HostFactory hosts, TextWriter output, TextWriter error)
    {
        var command = new Command("run", "Run the bot: post each week's papers on the schedule, until Ctrl-C.");
        command.SetAction(async (_, cancellationToken) =>
        {
            using var host = hosts(serve: true);
            if (!HostRunner.Validate(host, "run", error))
            {
                return 2;
            }

            if (host.Services.GetRequiredService<Channels>().LocalMode)
            {
                output.WriteLine(LocalModeLine);
            }

            await host.StartAsync(cancellationToken);
            LogNextFire(host.Services);
            await host.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
        return command;
    }

    private static void LogNextFire(IServiceProvider services)
    {
        var schedule = services.GetRequiredService<IOptions<ScheduleOptions>>().Value;
        var next = services.GetRequiredService<FireCalendar>().NextFireAfter(services.GetRequiredService<TimeProvider>().GetUtcNow());
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("DigestBot");
        LogRunning(logger, next, schedule.Cron, schedule.TimeZone);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Running: next fire {Next:u} (Schedule:Cron \"{Cron}\" in {Zone}); Ctrl-C to stop")]
    private static partial void LogRunning(ILogger logger, DateTimeOffset? next, string cron, string zone);
}
