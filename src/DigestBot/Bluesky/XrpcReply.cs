using System.Text.Json.Nodes;

namespace DigestBot.Bluesky;

/// <summary>What came of one XRPC call.</summary>
public abstract record XrpcReply
{
    /// <summary>The server answered: the status, the JSON body, and for an error its name and message.</summary>
    public sealed record Answer(int Status, JsonNode? Body, string? Error, string Message, DateTimeOffset? RateLimitReset) : XrpcReply
    {
        public bool Ok => Status is >= 200 and < 300;
    }

    /// <summary>The request never reached the server (connection refused, name not resolved).</summary>
    public sealed record Unreachable(string Why) : XrpcReply;

    /// <summary>The request may have reached the server, but no answer came (timeout, connection lost).</summary>
    public sealed record NoAnswer(string Why) : XrpcReply;

    /// <summary>Logging in (createSession) failed before the call itself was made.</summary>
    public sealed record LoginFailed(XrpcReply Reply) : XrpcReply;
}
