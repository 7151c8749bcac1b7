using System.CommandLine;
using DigestBot.Digests;
using DigestBot.Publishing;
using DigestBot.Telegram;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Cli;

/// <summary>
/// `digestbot status [--week W]`: the ledger per week and channel, naming every failed and unknown post (exit code 1
/// when there is one), then each instance's Telegram queue.
/// </summary>
public static class StatusCommand
{
    public static Command Build(HostFactory hosts, TextWriter output, TextWriter error)
    {
        var week = new Option<string?>("--week") { Description = "Only this week (2020-W43, #29, …)." };
        var command = new Command("status", "Show what the ledger says was posted, per week and channel.") { week };
        command.SetAction(async (result, cancellationToken) =>
        {
            using var host = hosts(serve: false);
            if (!HostRunner.Validate(host, "status", error))
            {
                return 2;
            }

            var label = Label(host.Services, result.GetValue(week));
            var rows = await host.Services.GetRequiredService<IPostLedger>().ListAsync(label, cancellationToken);
            output.Write(LedgerReport.Render(rows, label));
            output.Write(QueueReports.Render(await host.Services.GetRequiredService<QueueReports>().ListAsync(cancellationToken)));
            return rows.Any(r => r.State is PostState.Sending or PostState.Failed) ? 1 : 0;
        });
        return command;
    }

    /// <summary>The ledger's label for what was typed (2020-43 → 2020-W43), or the text itself when no digest matches.</summary>
    private static string? Label(IServiceProvider services, string? week) =>
        week is null ? null : DigestLookup.Find(services.GetRequiredService<DigestLibrary>().Load(), week)?.Label ?? week;
}
