namespace DigestBot.Subscribers;

/// <summary>The topics each subscribed chat follows (/subscribe gan); a chat with none follows every paper.</summary>
public interface ITopicStore
{
    /// <summary>Subscribes the chat if needed and adds the topics, unless it would then follow more than <paramref name="max"/>.</summary>
    Task<TopicsChange> AddAsync(long chatId, IReadOnlyCollection<string> topics, int max, CancellationToken cancellationToken);

    /// <summary>Drops the topics; null when the chat is not subscribed, else the topics it keeps.</summary>
    Task<IReadOnlyList<string>?> RemoveAsync(long chatId, IReadOnlyCollection<string> topics, CancellationToken cancellationToken);

    /// <summary>Drops every topic: the chat follows every paper. How many it had.</summary>
    Task<int> ClearAsync(long chatId, CancellationToken cancellationToken);

    /// <summary>The chat's topics in ordinal order; null when the chat is not subscribed.</summary>
    Task<IReadOnlyList<string>?> OfAsync(long chatId, CancellationToken cancellationToken);

    /// <summary>Every subscriber's topics by subscriber id (one query); subscribers without topics are absent.</summary>
    Task<IReadOnlyDictionary<long, IReadOnlyList<string>>> ListAsync(CancellationToken cancellationToken);
}

/// <summary>What /subscribe TOPIC did: whether the chat is newly subscribed, its topics now, refused when too many.</summary>
public sealed record TopicsChange(bool NewSubscriber, IReadOnlyList<string> Topics, bool Refused);
