using DigestBot.Digests;
using DigestBot.Operations;
using Microsoft.Extensions.Logging;

namespace DigestBot.Publishing;

/// <summary>
/// Posts a digest to a channel through the ledger: each post is marked sending before the API call and sent after
/// it, so a sent post is never sent again and a post whose delivery is unknown is reported, not guessed.
/// </summary>
public sealed partial class Publisher(
    IPostLedger ledger, ChannelHold hold, TimeProvider time, BotMetrics metrics, PlatformAuth auth, ILogger<Publisher> logger)
{
    private const int MaxRateLimits = 5;
    private const int MaxConnectionRetries = 3;

    public Task<ChannelReport> PublishAsync(Digest digest, IChannel channel, PublishMode mode, CancellationToken cancellationToken) =>
        PublishAsync(digest.Label, WeekPlan.For(digest, channel.Format), channel, mode, cancellationToken);

    /// <summary>Sends a week's planned posts (the channel's own plan, or another composition such as a subscriber's messages).</summary>
    public async Task<ChannelReport> PublishAsync(string week, IReadOnlyList<PlannedPost> plan, IChannel channel, PublishMode mode, CancellationToken cancellationToken)
    {
        var rows = await ledger.PlanAsync(week, channel.Name, plan, cancellationToken);
        var tally = new Tally();
        var thread = new Thread(); // the week's first and last sent posts: a thread continues from them, also after a crash
        foreach (var planned in rows)
        {
            var row = await CheckUnknownAsync(planned, channel, cancellationToken);
            var state = await ReopenAsync(row, mode, cancellationToken);
            if (state != PostState.Pending || tally.Stop is not null)
            {
                tally.Count(row with { State = state });
                thread.Add(state == PostState.Sent ? row.MessageId : null);
                continue;
            }

            var outcome = await SendAsync(row, thread, channel, cancellationToken);
            tally.Count(outcome.Post, outcome.SentNow);
            tally.Stop ??= outcome.Stop;
            thread.Add(outcome.SentNow ? outcome.Post.MessageId : null);
        }

        var report = tally.Report(week, channel.Name);
        LogReport(report.Week, report.Channel, report.SentNow, report.AlreadySent, report.Pending, report.Failed.Count, report.Unknown.Count);
        return report;
    }

    /// <summary>
    /// A post left "sending" on a channel that can check: marked sent when it landed, back to pending when it can be
    /// sent again without a duplicate, else left as it is (reported as unknown).
    /// </summary>
    private async Task<LedgerPost> CheckUnknownAsync(LedgerPost row, IChannel channel, CancellationToken cancellationToken)
    {
        if (row.State != PostState.Sending || channel is not IChecksUnknownPosts checker)
        {
            return row;
        }

        switch (await checker.CheckAsync(row, cancellationToken))
        {
            case UnknownPost.Landed landed:
                await ledger.MarkSentAsync(row.Key, landed.MessageId, cancellationToken);
                LogResolved(channel.Name, row.Entry, "it had arrived");
                return row with { State = PostState.Sent, MessageId = landed.MessageId, Reason = null };
            case UnknownPost.SendAgain when await ledger.MoveAsync(row.Key, PostState.Sending, PostState.Pending, row.Reason, cancellationToken):
                LogResolved(channel.Name, row.Entry, "it had not arrived: sending it again");
                return row with { State = PostState.Pending };
            case UnknownPost.StillUnknown still:
                return row with { Reason = still.Why };
            default:
                return row;
        }
    }

    /// <summary>Puts a failed or unknown post back to pending when the run was asked to retry it.</summary>
    private async Task<PostState> ReopenAsync(LedgerPost row, PublishMode mode, CancellationToken cancellationToken)
    {
        var reopen = (row.State == PostState.Failed && mode.RetryFailed && !row.Final) || (row.State == PostState.Sending && mode.ResendUnknown);
        if (reopen && await ledger.MoveAsync(row.Key, row.State, PostState.Pending, row.Reason, cancellationToken))
        {
            return PostState.Pending;
        }

        return row.State;
    }

    private async Task<Outcome> SendAsync(LedgerPost row, Thread thread, IChannel channel, CancellationToken cancellationToken)
    {
        var rateLimits = 0;
        var connectionRetries = 0;
        while (true)
        {
            await hold.WaitAsync(channel.Name, cancellationToken);
            if (!await ledger.MoveAsync(row.Key, PostState.Pending, PostState.Sending, null, cancellationToken))
            {
                return new Outcome(row, false, null); // another run took it
            }

            var result = await channel.SendAsync(new OutgoingPost(row.Key, row.Text, thread.Last, thread.First), cancellationToken);
            switch (result)
            {
                case SendResult.Sent sent:
                    metrics.Sent(channel.Name);
                    auth.Record(channel.Name, refused: false);
                    await ledger.MarkSentAsync(row.Key, sent.MessageId, cancellationToken);
                    return new Outcome(row with { State = PostState.Sent, MessageId = sent.MessageId }, true, null);
                case SendResult.RateLimited limited when ++rateLimits <= MaxRateLimits:
                    LogRateLimited(channel.Name, row.Entry, limited.RetryAfter.TotalSeconds);
                    hold.Hold(channel.Name, limited.RetryAfter);
                    await ledger.MoveAsync(row.Key, PostState.Sending, PostState.Pending, limited.Reason, cancellationToken);
                    break;
                case SendResult.NotDelivered notDelivered when ++connectionRetries <= MaxConnectionRetries:
                    LogNotDelivered(channel.Name, row.Entry, notDelivered.Reason, connectionRetries);
                    await ledger.MoveAsync(row.Key, PostState.Sending, PostState.Pending, notDelivered.Reason, cancellationToken);
                    await Task.Delay(TimeSpan.FromSeconds(Math.Pow(2, connectionRetries)), time, cancellationToken);
                    break;
                default:
                    return await SettleAsync(row, channel.Name, result, cancellationToken);
            }
        }
    }

    /// <summary>Records a result that ends this post's run: unknown, rejected, or the channel closed or out of retries.</summary>
    private async Task<Outcome> SettleAsync(LedgerPost row, string channel, SendResult result, CancellationToken cancellationToken)
    {
        metrics.Failed(channel);
        auth.Record(channel, refused: result is SendResult.ChannelClosed closed && closed.Why.StartsWith("401", StringComparison.Ordinal));
        var (state, stop) = result switch
        {
            SendResult.Unknown => (PostState.Sending, (SendResult?)null),
            SendResult.Rejected => (PostState.Failed, null),
            _ => (PostState.Pending, result),
        };
        await ledger.MoveAsync(row.Key, PostState.Sending, state, result.Reason, cancellationToken, final: result is SendResult.Rejected { Final: true });
        LogSettled(channel, row.Entry, state switch { PostState.Failed => "failed", PostState.Sending => "of unknown delivery", _ => "pending" }, result.Reason);
        return new Outcome(row with { State = state, Reason = result.Reason }, false, stop);
    }

    private sealed record Outcome(LedgerPost Post, bool SentNow, SendResult? Stop);

    /// <summary>The platform ids of a week's first and last sent posts, as the rows go by.</summary>
    private sealed class Thread
    {
        public string? First { get; private set; }

        public string? Last { get; private set; }

        public void Add(string? sentId)
        {
            First ??= sentId;
            Last = sentId ?? Last;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Channel} post {Entry} was of unknown delivery; {Outcome}")]
    private partial void LogResolved(string channel, string entry, string outcome);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Week} → {Channel}: {SentNow} sent now, {AlreadySent} already sent, {Pending} pending, {Failed} failed, {Unknown} unknown")]
    private partial void LogReport(string week, string channel, int sentNow, int alreadySent, int pending, int failed, int unknown);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Channel} rate-limited {Entry}: waiting {Seconds} s before retrying")]
    private partial void LogRateLimited(string channel, string entry, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Channel} unreachable for {Entry} ({Reason}); retry {Attempt}")]
    private partial void LogNotDelivered(string channel, string entry, string reason, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Channel} post {Entry} left {Outcome}: {Reason}")]
    private partial void LogSettled(string channel, string entry, string outcome, string reason);
}
