namespace DigestBot.Publishing;

/// <summary>What became of one send, as far as the sender can know.</summary>
public abstract record SendResult(string Reason)
{
    /// <summary>Delivered; the platform's message id.</summary>
    public sealed record Sent(string MessageId) : SendResult("");

    /// <summary>Refused for a rate limit (Telegram's 429): not delivered, try again after the wait.</summary>
    public sealed record RateLimited(TimeSpan RetryAfter, string Why) : SendResult(Why);

    /// <summary>The request never reached the platform (connection refused, name not resolved): safe to retry.</summary>
    public sealed record NotDelivered(string Why) : SendResult(Why);

    /// <summary>The request may have landed (timeout, 5xx, connection lost mid-way): delivery unknown.</summary>
    public sealed record Unknown(string Why) : SendResult(Why);

    /// <summary>
    /// The platform refused this post (400: too long, bad entities): it will not go through as it is. A final refusal
    /// (X's duplicate content) is never tried again, not even by `digestbot post`.
    /// </summary>
    public sealed record Rejected(string Why, bool Final = false) : SendResult(Why);

    /// <summary>
    /// The platform refuses the channel itself (403: bot not in channel or blocked by the user, 401: bad token): stop
    /// posting there. <paramref name="ChatGone"/>: the chat will not take the bot's messages again (a subscriber who
    /// blocked the bot), so a subscription to it ends.
    /// </summary>
    public sealed record ChannelClosed(string Why, bool ChatGone = false) : SendResult(Why);
}
