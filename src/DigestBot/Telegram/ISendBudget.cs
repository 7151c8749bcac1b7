namespace DigestBot.Telegram;

/// <summary>
/// The bot's rate across every chat: send slots spaced 1/Telegram:MessagesPerSecond apart, shared by every sender
/// of this process, or with PostgreSQL by every instance. A 429 moves every later slot past its retry_after.
/// </summary>
public interface ISendBudget
{
    /// <summary>Books the next free slot and returns how long to wait for it (zero: now).</summary>
    /// <param name="paid">A paid broadcast message: it keeps to the paid rate only, not the free one.</param>
    Task<TimeSpan> ReserveAsync(bool paid, CancellationToken cancellationToken);

    /// <summary>Telegram said 429: no slot begins before <paramref name="wait"/> has passed.</summary>
    Task PauseAsync(TimeSpan wait, CancellationToken cancellationToken);
}
