using DigestBot.Digests;
using DigestBot.Publishing;
using DigestBot.Storage;
using Microsoft.Extensions.Logging;
using Quartz;

namespace DigestBot.Scheduling;

/// <summary>
/// Posts the week's digest to every configured channel and subscriber, side by side. Fired by the cron trigger, and once at every start-up
/// to catch up a fire the bot was down for: that run takes the week of the last fire, and the ledger makes it
/// post only what is not yet sent. In local mode with no digest for that week, it shows the latest one.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class WeeklyPostJob(
    DigestLibrary library,
    Channels channels,
    IEnumerable<IWeekAudience> audiences,
    FireCalendar calendar,
    StartupRun startupRun,
    BotState state,
    TimeProvider time,
    ILogger<WeeklyPostJob> logger)
    : IJob
{
    public static readonly JobKey Key = new("weekly-posts", "digestbot");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        // A run recovered from a dead instance (Storage:Provider=postgres) keeps the kind of its original trigger.
        var group = context.Recovering ? context.MergedJobDataMap.GetString(SchedulerConstants.FailedJobOriginalTriggerGroup) : context.Trigger.Key.Group;
        var startup = group == SchedulerConstants.StartupGroup;
        LogRunning(context.Scheduler.SchedulerInstanceId, context.Trigger.Key, context.Recovering);
        try
        {
            await RunAsync(startup, context.ScheduledFireTimeUtc, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogFailed(error);
            throw new JobExecutionException(error);
        }
        finally
        {
            if (startup)
            {
                startupRun.Complete();
            }
        }
    }

    public async Task RunAsync(bool startup, DateTimeOffset? scheduledFire, CancellationToken cancellationToken)
    {
        var fire = startup ? calendar.LastFireAtOrBefore(time.GetUtcNow()) : scheduledFire ?? time.GetUtcNow();
        if (fire is null)
        {
            return;
        }

        var week = calendar.WeekOf(fire.Value);
        var weekLabel = FireCalendar.Label(week);
        if (await state.IsPausedAsync(cancellationToken))
        {
            LogPaused(weekLabel, fire.Value); // an admin's /pause, kept in the database for every instance
            return;
        }

        var digests = library.Load();
        var digest = DigestLookup.Find(digests, weekLabel); // the weekly digest, else an issue that states that week
        if (digest is null && startup && channels.LocalMode && DigestLookup.Latest(digests) is { } latest)
        {
            var latestLabel = latest.Label;
            LogLocalMode(weekLabel, latestLabel);
            digest = latest;
        }

        if (digest is null)
        {
            LogNoDigest(weekLabel, fire.Value);
            return;
        }

        // Side by side: Telegram's outbound queue puts the channel's posts before subscriber deliveries.
        await Task.WhenAll(audiences.Select(audience => audience.DeliverAsync(digest, cancellationToken)));
        var label = digest.Label;
        LogDone(label);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Weekly post job running on instance {Instance}, trigger {Trigger}, recovering {Recovering}")]
    private partial void LogRunning(string instance, TriggerKey trigger, bool recovering);

    [LoggerMessage(Level = LogLevel.Information, Message = "No digest for {Week} (fire at {Fire:u}): nothing to post")]
    private partial void LogNoDigest(string week, DateTimeOffset fire);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Posting is paused (/resume restarts it): nothing posted for {Week} (fire at {Fire:u})")]
    private partial void LogPaused(string week, DateTimeOffset fire);

    [LoggerMessage(Level = LogLevel.Information, Message = "Local mode: no digest for {Week}, so showing the latest sample week, {Latest}")]
    private partial void LogLocalMode(string week, string latest);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Week}: the run is over for every channel and subscriber")]
    private partial void LogDone(string week);

    [LoggerMessage(Level = LogLevel.Error, Message = "The weekly post job failed")]
    private partial void LogFailed(Exception error);
}
