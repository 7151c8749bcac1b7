using DigestBot.Commands;
using DigestBot.Operations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
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
    private readonly BotMetrics? _metrics;
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
        IOptions<TelegramOptions> telegram, IOptions<CommandsOptions> commands, ISendBudget budget, TimeProvider time, ILogger<TelegramOutbox> logger,
        BotMetrics? metrics = null)
    {
        _queue = new OutboxQueue(TimeSpan.FromSeconds(telegram.Value.ChatSpacingSeconds), telegram.Value.ChannelMessagesPerMinute);
        _answerTimeout = TimeSpan.FromSeconds(commands.Value.AnswerTimeoutSeconds);
        (_budget, _time, _logger, _metrics) = (budget, time, logger, metrics);
        metrics?.Observe("digestbot.telegram.queue.length", "{message}", "Calls waiting in the outbound queue", () => Stats.Waiting);
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
    /// Queues one call that sends a message to <paramref name="chat"/> (or edits one there) and waits for its turn and
    /// its outcome. Telegram's errors come back as the client throws them; a dropped answer as
    /// <see cref="AnswerDroppedException"/>.
    /// </summary>
    public async Task<T> SendAsync<T>(ChatId chat, SendPriority priority, Func<CancellationToken, Task<T>> send, CancellationToken cancellationToken, bool paid = false)
    {
        T result = default!;
        var item = Enqueue(chat, priority, async ct => result = await send(ct), paid, cancellationToken);
        await using var registration = cancellationToken.Register(() => Withdraw(item));
        await item.Outcome.Task;
        return result;
    }

    /// <summary>
    /// Queues a call that puts no message in a chat (answerCallbackQuery): first in line, kept to the bot's rate
    /// and any 429 pause, not to a chat's pace.
    /// </summary>
    public async Task CallAsync(Func<CancellationToken, Task> call, CancellationToken cancellationToken)
    {
        var item = Enqueue(null, SendPriority.Answer, call, paid: false, cancellationToken);
        await using var registration = cancellationToken.Register(() => Withdraw(item));
        await item.Outcome.Task;
    }

    private OutboxItem Enqueue(ChatId? chat, SendPriority priority, Func<CancellationToken, Task> send, bool paid, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var item = new OutboxItem(chat?.ToString(), chat?.Identifier > 0, priority, paid, send, now,
            priority == SendPriority.Answer ? now + _answerTimeout : null, cancellationToken);
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_stopping.IsCancellationRequested, this);
            _loop ??= Task.Run(() => RunAsync(_stopping.Token), CancellationToken.None);
            _queue.Add(item);
            _wake.TrySetResult();
        }

        return item;
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
