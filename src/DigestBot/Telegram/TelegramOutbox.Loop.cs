using Telegram.Bot.Exceptions;

namespace DigestBot.Telegram;

/// <summary>The queue's loop: waiting for a message that may go, booking its slot, sending it, and a 429's pause.</summary>
public sealed partial class TelegramOutbox
{
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
                    // The timer first, then the park: a test moving the clock once parked never moves it before the timer is set.
                    var until = _time.GetUtcNow() + wait;
                    var slot = Task.Delay(wait, _time, stopping);
                    Park(until, forSignal: false);
                    await slot;
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
            }

            using var timer = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            var delay = DelayAsync(wakeAt is { } at ? Max(at - _time.GetUtcNow(), TimeSpan.Zero) : Timeout.InfiniteTimeSpan, timer.Token);
            Park(wakeAt ?? DateTimeOffset.MaxValue, forSignal: true);
            await Task.WhenAny(woken, delay);
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
            await item.Send(item.Cancellation);
            Interlocked.Increment(ref _sent);
            _metrics?.QueueWait(_time.GetUtcNow() - item.QueuedAt);
            Answered(item);
            item.Outcome.TrySetResult();
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
        _metrics?.RateLimited();
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
            LogAnswerDropped(item.Chat ?? "(no chat)", (now - item.QueuedAt).TotalSeconds);
            item.Outcome.TrySetException(new AnswerDroppedException(now - item.QueuedAt));
        }

        expired.Clear();
    }
}
