using DigestBot.Publishing;

namespace DigestBot.Bluesky;

/// <summary>
/// XRPC replies as the publisher's results: createRecord's as a <see cref="SendResult"/>, getRecord's (asked after an
/// unknown delivery) as an <see cref="UnknownPost"/>.
/// </summary>
public static class BlueskyResults
{
    private const string CheckSettings = "check Bluesky:Identifier and Bluesky:AppPassword";

    public static SendResult OfSend(XrpcReply reply, TimeProvider time) => reply switch
    {
        XrpcReply.LoginFailed login => OfLogin(login.Reply, time),
        XrpcReply.Answer { Ok: true } ok when Ref(ok) is { } sent => new SendResult.Sent(sent.MessageId),
        XrpcReply.Answer { Status: 429 } limited => new SendResult.RateLimited(Until(limited, time), $"429 {limited.Message}"),
        XrpcReply.Answer { Status: 401 } refused => new SendResult.ChannelClosed($"401 {refused.Message}: {CheckSettings}"),
        XrpcReply.Answer { Status: >= 500 } failed => new SendResult.Unknown($"{failed.Status} {failed.Message}: delivery unknown"),
        XrpcReply.Answer answer => new SendResult.Rejected($"{answer.Status} {answer.Error} {answer.Message}".Replace("  ", " ", StringComparison.Ordinal)),
        XrpcReply.Unreachable unreachable => new SendResult.NotDelivered(unreachable.Why),
        XrpcReply.NoAnswer none => new SendResult.Unknown($"{none.Why}: delivery unknown"),
        _ => new SendResult.Unknown($"unexpected reply {reply}: delivery unknown"),
    };

    public static UnknownPost OfCheck(XrpcReply reply) => reply switch
    {
        XrpcReply.Answer { Ok: true } found when Ref(found) is { } landed => new UnknownPost.Landed(landed.MessageId),
        XrpcReply.Answer { Status: 400, Error: "RecordNotFound" } => new UnknownPost.SendAgain(),
        XrpcReply.LoginFailed login => new UnknownPost.StillUnknown($"could not log in to ask Bluesky for the record: {Describe(login.Reply)}"),
        _ => new UnknownPost.StillUnknown($"asking Bluesky for the record failed: {Describe(reply)}"),
    };

    /// <summary>Nothing was posted when logging in failed: a 401 closes the channel, the rest is retried later.</summary>
    private static SendResult OfLogin(XrpcReply reply, TimeProvider time) => reply switch
    {
        XrpcReply.Answer { Status: 401 } refused => new SendResult.ChannelClosed($"Bluesky login refused (401 {refused.Message}): {CheckSettings}"),
        XrpcReply.Answer { Status: 429 } limited => new SendResult.RateLimited(Until(limited, time), $"login 429 {limited.Message}"),
        XrpcReply.Answer { Status: >= 400 and < 500 } refused => new SendResult.ChannelClosed($"Bluesky login refused ({refused.Status} {refused.Error} {refused.Message}): {CheckSettings}"),
        _ => new SendResult.NotDelivered($"Bluesky login failed, nothing sent: {Describe(reply)}"),
    };

    private static StrongRef? Ref(XrpcReply.Answer answer) =>
        answer.Body?["uri"]?.ToString() is { } uri && answer.Body["cid"]?.ToString() is { } cid ? new StrongRef(uri, cid) : null;

    private static string Describe(XrpcReply reply) => reply switch
    {
        XrpcReply.Answer answer => $"{answer.Status} {answer.Error} {answer.Message}".Replace("  ", " ", StringComparison.Ordinal),
        XrpcReply.Unreachable unreachable => unreachable.Why,
        XrpcReply.NoAnswer none => none.Why,
        XrpcReply.LoginFailed login => Describe(login.Reply),
        _ => reply.GetType().Name,
    };

    private static TimeSpan Until(XrpcReply.Answer answer, TimeProvider time)
    {
        var wait = (answer.RateLimitReset ?? time.GetUtcNow().AddMinutes(5)) - time.GetUtcNow();
        return wait > TimeSpan.FromSeconds(1) ? wait : TimeSpan.FromSeconds(1);
    }
}
