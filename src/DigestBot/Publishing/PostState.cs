namespace DigestBot.Publishing;

/// <summary>
/// Where a post stands. Sending means the API call was started and its outcome is not known: a crash, a timeout
/// or a 5xx after the request left. Such a post is never re-sent blindly (Telegram has no idempotency key).
/// </summary>
public enum PostState
{
    Pending,
    Sending,
    Sent,
    Failed,
}
