using DigestBot.Commands;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace DigestBot.Telegram;

/// <summary>
/// The one queue every message of the process goes to Telegram through: answers first, then channel posts, then
/// subscriber deliveries; each chat at its pace (<see cref="ChatPace"/>), all chats together at the bot's rate
/// (<see cref="ISendBudget"/>). A 429 pauses every send for its retry_after: an answer then waits and goes again
/// (until Commands:AnswerTimeoutSeconds); a post or delivery goes back to its sender, whose ledger keeps it pending.
/// </summary>
public sealed partial class TelegramOutbox : IAsyncDisposable
{
    private readonly Lock _lock = new();
    private readonly OutboxQueue _queue;
    private readonly ISendBudget _budget;
    private readonly TimeProvider _time;
    private readonly TimeSpan _answerTimeout;
    private readonly ILogger<TelegramOutbox> _logger;
    private readonly CancellationTokenSource _stopping = new();
    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;
    private Task? _loop;
    private DateTimeOffset? _parkedUntil; // while the loop waits: when it wakes by itself (MaxValue: only when woken)
    private bool _parkedForSignal;
    private int _inFlight;
    private long _sent;
    private long _rateLimited;
    private long _dropped;

    public TelegramOutbox(
        IOptions<TelegramOptions> telegram, IOptions<CommandsOptions> commands, ISendBudget budget, TimeProvider time, ILogger<TelegramOutbox> logger)
    {
        _queue = new OutboxQueue(TimeSpan.FromSeconds(telegram.Value.ChatSpacingSeconds), telegram.Value.ChannelMessagesPerMinute);
        _answerTimeout = TimeSpan.FromSeconds(commands.Value.AnswerTimeoutSeconds);
        (_budget, _time, _logger) = (budget, time, logger);
    }

    public OutboxStats Stats
    {
        get
        {
            lock (_lock)
            {
                return new OutboxStats(_queue.Count, Interlocked.Read(ref _sent), Interlocked.Read(ref _rateLimited), Interlocked.Read(ref _dropped));
            }
        }
    }

    /// <summary>
    /// The loop waits and nothing it waits for has happened yet: a test on a fake clock may move time on. (Without
    /// this, a test could move the clock again before the loop ran, and the times it sees would be late.)
    /// </summary>
    internal bool Settled
    {
        get
        {
            lock (_lock)
            {
                return _loop is null || (_inFlight == 0 && _parkedUntil > _time.GetUtcNow() && !(_parkedForSignal && _wake.Task.IsCompleted));
            }
        }
    }

    /// <summary>
    /// Queues one call that sends a message to <paramref name="chat"/> and waits for its turn and its outcome. Telegram's
    /// errors come back as the client throws them; a dropped answer as <see cref="AnswerDroppedException"/>.
    /// </summary>
    public async Task<Message> SendAsync(ChatId chat, SendPriority priority, Func<CancellationToken, Task<Message>> send, CancellationToken cancellationToken, bool paid = false)
    {
        var now = _time.GetUtcNow();
        var item = new OutboxItem(chat.ToString(), chat.Identifier > 0, priority, paid, send, now,
            priority == SendPriority.Answer ? now + _answerTimeout : null, cancellationToken);
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_stopping.IsCancellationRequested, this);
            _loop ??= Task.Run(() => RunAsync(_stopping.Token));
            _queue.Add(item);
            _wake.TrySetResult();
        }

        await using var registration = cancellationToken.Register(() => Withdraw(item));
        return await item.Outcome.Task;
    }

    private void Withdraw(OutboxItem item)
    {
        lock (_lock)
        {
            if (OutboxQueue.Remove(item))
            {
                item.Outcome.TrySetCanceled(item.Cancellation);
            }
        }
    }

    /// <summary>
    /// Waits until a message may go, books a slot of the bot's rate for it, and when the slot comes sends the best
    /// message that may go then: one that came in while the slot was awaited (an answer) goes before the one waited for.
    /// </summary>
    private async Task RunAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                var paid = await ReadyAsync(stopping);
                var wait = await _budget.ReserveAsync(paid, stopping);
                if (wait > TimeSpan.Zero)
                {
                    Park(_time.GetUtcNow() + wait, forSignal: false);
                    await Task.Delay(wait, _time, stopping);
                    Park(null, forSignal: false);
                }

                if (Take(paidOnly: paid) is { } item)
                {
                    _ = DispatchAsync(item);
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                break;
            }
            catch (Exception error)
            {
                // The shared rate's database did not answer: nothing leaves without a slot, so wait and ask again.
                LogBudgetFailed(error);
                await DelayAsync(TimeSpan.FromSeconds(1), stopping);
            }
        }

        lock (_lock)
        {
            _queue.Clear().ForEach(item => item.Outcome.TrySetCanceled(stopping));
        }
    }

    /// <summary>Waits until a message may go (one is queued, its chat is ready, no 429 pause holds); whether it is a paid one.</summary>
    private async Task<bool> ReadyAsync(CancellationToken stopping)
    {
        var expired = new List<OutboxItem>();
        while (true)
        {
            Task woken;
            DateTimeOffset? wakeAt;
            lock (_lock)
            {
                var now = _time.GetUtcNow();
                var paused = now < _pausedUntil;
                var ready = _queue.Peek(now, paused, paidOnly: false, expired, out wakeAt);
                wakeAt = paused && (wakeAt is null || wakeAt > _pausedUntil) ? _pausedUntil : wakeAt;
                Drop(expired, now);
                if (ready is not null)
                {
                    return ready.Paid;
                }

                _wake = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                woken = _wake.Task;
                (_parkedUntil, _parkedForSignal) = (wakeAt ?? DateTimeOffset.MaxValue, true);
            }

            using var timer = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            await Task.WhenAny(woken, DelayAsync(wakeAt is { } at ? Max(at - _time.GetUtcNow(), TimeSpan.Zero) : Timeout.InfiniteTimeSpan, timer.Token));
            Park(null, forSignal: false);
            await timer.CancelAsync();
            stopping.ThrowIfCancellationRequested();
        }
    }

    /// <summary>The best message that may go now (null when none: a 429 came in, or it was withdrawn or expired).</summary>
    private OutboxItem? Take(bool paidOnly)
    {
        var expired = new List<OutboxItem>();
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            var item = _queue.Peek(now, now < _pausedUntil, paidOnly, expired, out _);
            Drop(expired, now);
            if (item is not null)
            {
                _queue.Take(item);
                _inFlight++;
            }

            return item;
        }
    }

    private void Park(DateTimeOffset? until, bool forSignal)
    {
        lock (_lock)
        {
            (_parkedUntil, _parkedForSignal) = (until, forSignal);
        }
    }

    /// <summary>A wait that ends quietly when cancelled.</summary>
    private async Task DelayAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(wait, _time, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private async Task DispatchAsync(OutboxItem item)
    {
        try
        {
            var message = await item.Send(item.Cancellation);
            Interlocked.Increment(ref _sent);
            Answered(item);
            item.Outcome.TrySetResult(message);
        }
        catch (ApiRequestException error) when (error.ErrorCode == 429)
        {
            await PauseAsync(TimeSpan.FromSeconds(Math.Max(1, error.Parameters?.RetryAfter ?? 1)));
            if (item.Priority == SendPriority.Answer && !item.Cancellation.IsCancellationRequested)
            {
                Return(item); // an answer waits and goes again; its deadline still holds
                return;
            }

            Answered(item);
            item.Outcome.TrySetException(error);
        }
        catch (Exception error)
        {
            Answered(item);
            item.Outcome.TrySetException(error);
        }
    }

    /// <summary>Telegram's flood control is per bot: after a 429 nothing leaves before retry_after, from any chat.</summary>
    private async Task PauseAsync(TimeSpan wait)
    {
        Interlocked.Increment(ref _rateLimited);
        lock (_lock)
        {
            _pausedUntil = Max(_pausedUntil, _time.GetUtcNow() + wait);
        }

        LogRateLimited(wait.TotalSeconds);
        try
        {
            await _budget.PauseAsync(wait, _stopping.Token);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogBudgetFailed(error); // this instance still pauses; the others learn of it by their own 429
        }
    }

    private void Return(OutboxItem item)
    {
        lock (_lock)
        {
            _inFlight--;
            _queue.Answered(item, _time.GetUtcNow());
            _queue.Add(item, front: true);
            _wake.TrySetResult();
        }
    }

    private void Answered(OutboxItem item)
    {
        lock (_lock)
        {
            _inFlight--;
            _queue.Answered(item, _time.GetUtcNow());
            _wake.TrySetResult();
        }
    }

    private void Drop(List<OutboxItem> expired, DateTimeOffset now)
    {
        foreach (var item in expired)
        {
            Interlocked.Increment(ref _dropped);
            LogAnswerDropped(item.Chat, (now - item.QueuedAt).TotalSeconds);
            item.Outcome.TrySetException(new AnswerDroppedException(now - item.QueuedAt));
        }

        expired.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        Task? loop;
        lock (_lock)
        {
            loop = _loop;
            _stopping.Cancel();
        }

        if (loop is not null)
        {
            await loop;
            LogTotals(Stats);
        }

        _stopping.Dispose();
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram answered 429: every send waits {Seconds} s")]
    private partial void LogRateLimited(double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped an answer to chat {Chat}: it waited {Seconds:0} s in the outbound queue (Commands:AnswerTimeoutSeconds)")]
    private partial void LogAnswerDropped(string chat, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not book a send slot in the shared rate; trying again in 1 s")]
    private partial void LogBudgetFailed(Exception error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram queue at stop: {Stats}")]
    private partial void LogTotals(OutboxStats stats);
}
