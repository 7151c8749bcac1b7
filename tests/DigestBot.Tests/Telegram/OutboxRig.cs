using System.Collections.Concurrent;
using DigestBot.Commands;
using DigestBot.Telegram;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace DigestBot.Tests.Telegram;

/// <summary>
/// The outbound queue on a fake clock, with a stand-in for the Bot API call that records which chat each send went
/// to and when (on the fake clock), and answers scripted calls with 429. The clock moves only while the queue
/// waits (<see cref="TelegramOutbox.Settled"/>), so every recorded time is the time the queue chose.
/// </summary>
internal sealed class OutboxRig : IAsyncDisposable
{
    private readonly ConcurrentDictionary<int, int> _tooManyRequests = new();
    private int _calls;

    public OutboxRig(TelegramOptions? telegram = null, int answerTimeoutSeconds = 300)
    {
        var options = Options.Create(telegram ?? new TelegramOptions());
        Outbox = new TelegramOutbox(options, Options.Create(new CommandsOptions { AnswerTimeoutSeconds = answerTimeoutSeconds }),
            new LocalSendBudget(options, Clock), Clock, NullLogger<TelegramOutbox>.Instance);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2020, 10, 19, 9, 0, 0, TimeSpan.Zero));

    public TelegramOutbox Outbox { get; }

    /// <summary>Every call that reached "Telegram", in order: the chat, the fake time, and whether it was refused with 429.</summary>
    public ConcurrentQueue<(string Chat, DateTimeOffset At, bool Refused)> Calls { get; } = new();

    public IEnumerable<(string Chat, DateTimeOffset At)> Sent => Calls.Where(c => !c.Refused).Select(c => (c.Chat, c.At));

    /// <summary>The n-th call (1-based) is answered 429 with this retry_after.</summary>
    public void TooManyRequestsOn(int call, int retryAfter) => _tooManyRequests[call] = retryAfter;

    public Task<Message> Send(ChatId chat, SendPriority priority, bool paid = false) =>
        Outbox.SendAsync(chat, priority, _ => Call(chat.ToString()), CancellationToken.None, paid);

    private Task<Message> Call(string chat)
    {
        var number = Interlocked.Increment(ref _calls);
        var refused = _tooManyRequests.TryGetValue(number, out var retryAfter);
        Calls.Enqueue((chat, Clock.GetUtcNow(), refused));
        return refused
            ? Task.FromException<Message>(new ApiRequestException($"Too Many Requests: retry after {retryAfter}", 429, new ResponseParameters { RetryAfter = retryAfter }))
            : Task.FromResult(new Message { Id = number });
    }

    /// <summary>
    /// Sends one message (to chat 999999) and forgets its call, so the next one waits for a slot of the rate: every
    /// message a test then queues at once is in the queue when that slot comes (the very first would go at once).
    /// </summary>
    public async Task WarmUpAsync()
    {
        var warmUp = Send(999_999, SendPriority.Delivery);
        await RunUntilAsync(() => warmUp.IsCompleted, TimeSpan.FromMilliseconds(10));
        Calls.Clear();
        _calls = 0;
    }

    /// <summary>Moves the clock a step at a time, each time the queue has settled, until the condition holds.</summary>
    public async Task RunUntilAsync(Func<bool> done, TimeSpan step, int maxSteps = 100_000)
    {
        for (var i = 0; i < maxSteps; i++)
        {
            await SettleAsync();
            if (done())
            {
                return;
            }

            Clock.Advance(step);
        }

        Assert.Fail($"the condition did not hold after {maxSteps} steps of {step.TotalMilliseconds} ms");
    }

    private async Task SettleAsync()
    {
        await Task.Yield(); // lets the senders' continuations run (xunit's context is one thread)
        var limit = DateTime.UtcNow.AddSeconds(30);
        while (!Outbox.Settled)
        {
            Assert.True(DateTime.UtcNow < limit, "the outbound queue did not settle within 30 s");
            await Task.Delay(1);
        }
    }

    public ValueTask DisposeAsync() => Outbox.DisposeAsync();
}
