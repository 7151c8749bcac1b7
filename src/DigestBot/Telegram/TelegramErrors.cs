using DigestBot.Publishing;
using Telegram.Bot.Exceptions;

namespace DigestBot.Telegram;

/// <summary>
/// What a failed Bot API call means for the post. Only a failure before the request left (connection refused,
/// name not resolved) is safe to retry; a timeout or a 5xx may have delivered it, so its delivery is unknown.
/// </summary>
public static class TelegramErrors
{
    public static SendResult Classify(RequestException error) => error switch
    {
        ApiRequestException { ErrorCode: 429 } api =>
            new SendResult.RateLimited(TimeSpan.FromSeconds(Math.Max(1, api.Parameters?.RetryAfter ?? 5)), $"429 {api.Message}"),
        ApiRequestException { ErrorCode: 403 } api => new SendResult.ChannelClosed($"{api.ErrorCode} {api.Message}", ChatGone: true),
        ApiRequestException { ErrorCode: 401 or 404 } api => new SendResult.ChannelClosed($"{api.ErrorCode} {api.Message}"),
        ApiRequestException { ErrorCode: 400 } api when ChannelLevel.Any(d => api.Message.Contains(d, StringComparison.OrdinalIgnoreCase)) =>
            new SendResult.ChannelClosed($"{api.ErrorCode} {api.Message}"),
        ApiRequestException { ErrorCode: >= 500 } api => new SendResult.Unknown($"{api.ErrorCode} {api.Message}: delivery unknown"),
        ApiRequestException api => new SendResult.Rejected($"{api.ErrorCode} {api.Message}"),
        { InnerException: HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError } http } =>
            new SendResult.NotDelivered($"not delivered: {http.Message}"),
        { InnerException: TaskCanceledException } => new SendResult.Unknown("timed out waiting for Telegram: delivery unknown"),
        { HttpStatusCode: { } status } when (int)status >= 500 =>
            new SendResult.Unknown($"{(int)status} {status} from Telegram: delivery unknown"),
        _ => new SendResult.Unknown($"{error.Message}: delivery unknown"),
    };

    /// <summary>400 descriptions that are about the channel, not the post: every other post would fail the same way.</summary>
    private static readonly string[] ChannelLevel = ["chat not found", "need administrator rights", "not enough rights"];
}
