using System.Globalization;
using DigestBot.Commands;
using DigestBot.Languages;
using DigestBot.Publishing;
using DigestBot.Scheduling;
using DigestBot.Storage;
using DigestBot.Subscribers;
using DigestBot.Telegram;
using Microsoft.Extensions.Options;

namespace DigestBot.Admin;

/// <summary>/status: the schedule, the pause, this week's ledger, the outbound queues, the subscribers, this instance.</summary>
public sealed class StatusCommand(
    FireCalendar calendar, BotState state, IPostLedger ledger, QueueReports queues, ISubscriberStore subscribers,
    IOptions<TelegramOptions> telegram, TimeProvider time, AdminLog log, BotTexts texts) : IAdminCommand
{
    public string Name => "status";

    public async Task<CommandReply> HandleAsync(CommandRequest request, string arguments, CancellationToken cancellationToken)
    {
        log.Action(request.UserId, Name, arguments);
        var say = texts.For(request.LanguageCode);
        var now = time.GetUtcNow();
        var last = calendar.LastFireAtOrBefore(now);
        var week = FireCalendar.Label(calendar.WeekOf(last ?? now));
        var paused = await state.IsPausedAsync(cancellationToken);
        var rows = await ledger.ListAsync(week, cancellationToken);
        var reports = await queues.ListAsync(cancellationToken);
        var count = (await subscribers.ListAsync(cancellationToken)).Count;

        var instance = say.Format(telegram.Value.WebhookUrl is null ? "Admin_InstancePolls" : "Admin_InstanceWebhook", Html.Escape(QueueReports.Instance));
        var lines = new[]
        {
            instance,
            say.Format("Admin_Fires", Time(last, say["Admin_Never"]), Time(calendar.NextFireAfter(now), say["Admin_Never"])),
            say[paused ? "Admin_StatePaused" : "Admin_StateRunning"],
            say.Format("Admin_Subscribers", count),
            "",
            say.Format("Admin_Ledger", week),
            AdminText.Pre(LedgerReport.Render(rows, week, say["Admin_UnknownHint"])),
            say["Admin_Queues"],
            reports.Count == 0 ? say["Admin_NoQueues"] : AdminText.Pre(QueueReports.Render(reports)),
        };
        return CommandReply.Text(string.Join("\n", lines));
    }

    private static string Time(DateTimeOffset? time, string never) =>
        time is { } t ? t.ToString("u", CultureInfo.InvariantCulture) : never;
}
