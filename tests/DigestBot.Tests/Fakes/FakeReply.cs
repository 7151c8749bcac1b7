namespace DigestBot.Tests.Fakes;

/// <summary>A scripted answer of the fake Bot API to one sendMessage call, instead of the normal one.</summary>
public abstract record FakeReply
{
    /// <summary>A Bot API error: {"ok":false,"error_code":…,"description":…,"parameters":{"retry_after":…}}.</summary>
    public sealed record ApiError(int Code, string Description, int? RetryAfter = null) : FakeReply;

    /// <summary>A non-JSON HTTP answer, as a proxy in front of the API gives (502 Bad Gateway).</summary>
    public sealed record Status(int Code, string Body) : FakeReply;

    /// <summary>The message is delivered, but the answer comes only after this long (real time).</summary>
    public sealed record Late(TimeSpan Delay) : FakeReply;

    /// <summary>The message is delivered and no answer ever comes (until the caller gives up or dies).</summary>
    public sealed record Hang : FakeReply;

    public static FakeReply TooManyRequests(int retryAfter) => new ApiError(429, $"Too Many Requests: retry after {retryAfter}", retryAfter);

    public static FakeReply NotInChannel { get; } = new ApiError(403, "Forbidden: bot is not a member of the channel chat");
}
