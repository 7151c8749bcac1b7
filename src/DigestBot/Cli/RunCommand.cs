using System.CommandLine;
using DigestBot.Hosting;
using DigestBot.Publishing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DigestBot.Cli;

/// <summary>`digestbot run` (the default): the scheduler, until Ctrl-C.</summary>
public static class RunCommand
{
    public const string LocalModeLine =
        "Local mode: no Telegram settings, so posts are printed here (set Telegram__BotToken and Telegram__ChannelId to post to a channel).";

    public static Command Build(BotHost bot, TextWriter output, TextWriter error)
    {
        var command = new Command("run", "Run the bot: post each week's papers on the schedule, until Ctrl-C.");
        command.SetAction(async (_, cancellationToken) =>
        {
            using var host = bot.Build(withScheduler: true);
            if (!HostRunner.Validate(host, "run", error))
            {
                return 2;
            }

            if (host.Services.GetRequiredService<Channels>().LocalMode)
            {
                output.WriteLine(LocalModeLine);
            }

            await host.RunAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
