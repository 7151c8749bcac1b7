namespace DigestBot.Telegram;

/// <summary>One call waiting in the outbound queue (a message, an edit, a callback answer), and the caller waiting for its outcome.</summary>
internal sealed class OutboxItem(
    string? chat, bool isPrivate, SendPriority priority, bool paid, Func<CancellationToken, Task> send, DateTimeOffset queuedAt, DateTimeOffset? deadline, CancellationToken cancellation)
{
    /// <summary>
    /// The chat as Telegram names it ("123", "-100…", "@name"): the key its pacing is kept under; null for a call
    /// that puts no message in a chat (answerCallbackQuery), which keeps to the bot's rate only.
    /// </summary>
    public string? Chat { get; } = chat;

    /// <summary>A private chat (a user's positive id); otherwise a group, supergroup or channel.</summary>
    public bool IsPrivate { get; } = isPrivate;

    public SendPriority Priority { get; } = priority;

    /// <summary>Sent with allow_paid_broadcast: it keeps to the paid rate only.</summary>
    public bool Paid { get; } = paid;

    public Func<CancellationToken, Task> Send { get; } = send;

    public DateTimeOffset QueuedAt { get; } = queuedAt;

    /// <summary>An answer not sent by then is dropped; posts and deliveries wait as long as it takes.</summary>
    public DateTimeOffset? Deadline { get; } = deadline;

    public CancellationToken Cancellation { get; } = cancellation;

    public TaskCompletionSource Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Where it waits in the queue, while it waits.</summary>
    public LinkedListNode<OutboxItem>? Node { get; set; }
}
