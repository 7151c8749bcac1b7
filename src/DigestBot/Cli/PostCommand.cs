using System.CommandLine;
using DigestBot.Digests;
using DigestBot.Publishing;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Cli;

/// <summary>
/// `digestbot post --week 2020-W43 [--channel NAME] [--resend-unknown]`: post a week now, through the same ledger
/// as the schedule. Sent posts are skipped, failed ones retried; posts of unknown delivery only with --resend-unknown.
/// </summary>
public static class PostCommand
{
    public static Command Build(HostFactory hosts, TextWriter output, TextWriter error)
    {
        var week = new Option<string>("--week") { Description = "2020-W43, 2020-43, 43 (latest year), #29 (issue) or 2020-09 (month).", Required = true };
        var channel = new Option<string?>("--channel") { Description = "One configured channel (default: all of them)." };
        var resend = new Option<bool>("--resend-unknown") { Description = "Also re-send posts whose delivery is unknown (they may appear twice)." };
        var command = new Command("post", "Post a week now, skipping what the ledger says is sent.") { week, channel, resend };
        command.SetAction(async (result, cancellationToken) =>
        {
            using var host = hosts(serve: false);
            if (!HostRunner.Validate(host, "post", error))
            {
                return 2;
            }

            await host.StartAsync(cancellationToken);
            var exit = await PostAsync(host.Services, result.GetValue(week)!, result.GetValue(channel), result.GetValue(resend), output, error, cancellationToken);
            await host.StopAsync(CancellationToken.None);
            return exit;
        });
        return command;
    }

    private static async Task<int> PostAsync(
        IServiceProvider services, string week, string? channelName, bool resendUnknown, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var digests = services.GetRequiredService<DigestLibrary>().Load();
        if (DigestLookup.Find(digests, week) is not { } digest)
        {
            error.WriteLine($"digestbot post: there is no digest for \"{week}\"; there are: {string.Join(", ", DigestLookup.Available(digests))}");
            return 2;
        }

        var channels = services.GetRequiredService<Channels>();
        var targets = channelName is null ? channels.Configured : channels.Find(channelName) is { } one ? [one] : null;
        if (targets is null)
        {
            error.WriteLine($"digestbot post: channel \"{channelName}\" is not configured; configured: {string.Join(", ", channels.Configured.Select(c => c.Name))}");
            return 2;
        }

        var publisher = services.GetRequiredService<Publisher>();
        var complete = true;
        foreach (var target in targets)
        {
            var report = await publisher.PublishAsync(digest, target, new PublishMode(RetryFailed: true, resendUnknown), cancellationToken);
            output.WriteLine(report);
            complete &= report.Complete;
        }

        return complete ? 0 : 1;
    }
}
