using DigestBot.Commands;
using DigestBot.Languages;
using DigestBot.Publishing;
using DigestBot.Scheduling;
using DigestBot.Subscribers;

namespace DigestBot.Admin;

/// <summary>
/// /postnow [week]: posts a week now (the scheduled one by default) to every channel and subscriber, through the
/// ledger: what is sent is skipped, failed posts are retried, unknown ones are left for /resend.
/// </summary>
public sealed class PostNowCommand(
    WeekPosting posting, SubscriberDelivery subscribers, FireCalendar calendar, TimeProvider time, AdminLog log, BotTexts texts) : IAdminCommand
{
    public string Name => "postnow";

    public async Task<CommandReply> HandleAsync(CommandRequest request, string arguments, CancellationToken cancellationToken)
    {
        log.Action(request.UserId, Name, arguments);
        var say = texts.For(request.LanguageCode);
        var now = time.GetUtcNow();
        var week = arguments.Trim() is { Length: > 0 } typed ? typed : FireCalendar.Label(calendar.WeekOf(calendar.LastFireAtOrBefore(now) ?? now));
        var (digest, problem) = posting.Find(week, say);
        if (digest is null)
        {
            return CommandReply.Text(problem!);
        }

        var reports = await posting.PostAsync(digest, null, new PublishMode(RetryFailed: true, ResendUnknown: false), cancellationToken);
        await subscribers.DeliverAsync(digest, cancellationToken);
        return CommandReply.Text(say.Format("Admin_Posted", digest.Label) + "\n" + AdminText.Pre(reports));
    }
}
