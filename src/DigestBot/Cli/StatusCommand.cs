using System.CommandLine;
using System.Globalization;
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
            output.Write(Render(rows, label));
            output.Write(RenderQueues(await host.Services.GetRequiredService<QueueReports>().ListAsync(cancellationToken)));
            return rows.Any(r => r.State is PostState.Sending or PostState.Failed) ? 1 : 0;
        });
        return command;
    }

    public static string Render(IReadOnlyList<LedgerPost> rows, string? week)
    {
        if (rows.Count == 0)
        {
            return week is null ? "Nothing posted yet.\n" : $"Nothing posted for {week}.\n";
        }

        var text = new System.Text.StringBuilder();
        foreach (var group in rows.GroupBy(r => (r.Week, r.Channel)))
        {
            int Count(PostState state) => group.Count(r => r.State == state);
            text.Append(CultureInfo.InvariantCulture,
                $"{group.Key.Week} {group.Key.Channel}: {Count(PostState.Sent)} sent, {Count(PostState.Pending)} pending, {Count(PostState.Failed)} failed, {Count(PostState.Sending)} unknown\n");
            foreach (var row in group.Where(r => r.State is PostState.Failed or PostState.Sending))
            {
                var what = row.State == PostState.Failed ? "failed " : "unknown";
                text.Append(CultureInfo.InvariantCulture, $"  {what} {row.Entry} ({row.UpdatedAt:u}): {row.Reason ?? "sending began and no outcome was recorded (crash or stop)"}\n");
            }
        }

        if (rows.Any(r => r.State == PostState.Sending))
        {
            text.Append("Unknown posts may have arrived: check the channel, then `digestbot post --week W --resend-unknown` re-sends them.\n");
        }

        return text.ToString();
    }

    /// <summary>Each instance's outbound queue as it last wrote it (nothing when no instance has sent yet).</summary>
    public static string RenderQueues(IReadOnlyList<QueueReport> reports) =>
        string.Concat(reports.Select(r => string.Create(CultureInfo.InvariantCulture, $"Telegram queue of {r.Instance} at {r.UpdatedAt:u}: {r.Stats}\n")));

    /// <summary>The ledger's label for what was typed (2020-43 → 2020-W43), or the text itself when no digest matches.</summary>
    private static string? Label(IServiceProvider services, string? week) =>
        week is null ? null : DigestLookup.Find(services.GetRequiredService<DigestLibrary>().Load(), week)?.Label ?? week;
}
