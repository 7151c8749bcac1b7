namespace DigestBot.Subscribers;

/// <summary>The chats that asked for each week's posts (/subscribe).</summary>
public interface ISubscriberStore
{
    /// <summary>Adds the chat; false when it was already subscribed.</summary>
    Task<bool> AddAsync(long chatId, CancellationToken cancellationToken);

    /// <summary>Removes the chat; false when it was not subscribed.</summary>
    Task<bool> RemoveAsync(long chatId, CancellationToken cancellationToken);

    /// <summary>A group became a supergroup: its subscription moves to the new id.</summary>
    Task MoveAsync(long chatId, long newChatId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Subscriber>> ListAsync(CancellationToken cancellationToken);
}

/// <summary>A subscription: its own id (stable, what the ledger keys posts by) and the chat it goes to now.</summary>
public sealed record Subscriber(long Id, long ChatId);
