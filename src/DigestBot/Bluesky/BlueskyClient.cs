using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Bluesky;

/// <summary>
/// The account's repository through XRPC: createRecord and getRecord of app.bsky.feed.post records, logged in with
/// createSession once per process. An access token that expired (400 ExpiredToken) is renewed with refreshSession (a
/// new session when that fails too) and the call made again: the server refused it before doing anything.
/// </summary>
public sealed partial class BlueskyClient(Xrpc xrpc, IOptions<BlueskyOptions> options, BlueskySession session, ILogger<BlueskyClient> logger)
{
    public const string Collection = "app.bsky.feed.post";

    public Task<XrpcReply> CreateRecordAsync(string rkey, JsonObject record, CancellationToken cancellationToken) =>
        AuthorizedAsync(tokens => xrpc.ProcedureAsync("com.atproto.repo.createRecord",
            new JsonObject { ["repo"] = tokens.Did, ["collection"] = Collection, ["rkey"] = rkey, ["record"] = record.DeepClone() },
            tokens.AccessJwt, cancellationToken), cancellationToken);

    public Task<XrpcReply> GetRecordAsync(string rkey, CancellationToken cancellationToken) =>
        AuthorizedAsync(tokens => xrpc.QueryAsync("com.atproto.repo.getRecord",
            new Dictionary<string, string> { ["repo"] = tokens.Did, ["collection"] = Collection, ["rkey"] = rkey },
            tokens.AccessJwt, cancellationToken), cancellationToken);

    private async Task<XrpcReply> AuthorizedAsync(Func<BlueskySession.Tokens, Task<XrpcReply>> call, CancellationToken cancellationToken)
    {
        var (tokens, failure) = await SessionAsync(null, cancellationToken);
        if (tokens is null)
        {
            return failure!;
        }

        var reply = await call(tokens);
        if (reply is not XrpcReply.Answer { Status: 400, Error: "ExpiredToken" })
        {
            return reply;
        }

        (tokens, failure) = await SessionAsync(tokens, cancellationToken);
        return tokens is null ? failure! : await call(tokens);
    }

    /// <summary>The session to use: the one held, unless it is <paramref name="expired"/>; then refreshed, or a new one.</summary>
    private async Task<(BlueskySession.Tokens? Tokens, XrpcReply? Failure)> SessionAsync(BlueskySession.Tokens? expired, CancellationToken cancellationToken)
    {
        await session.Lock.WaitAsync(cancellationToken);
        try
        {
            if (session.Current is { } held && held != expired)
            {
                return (held, null);
            }

            if (expired is not null)
            {
                var refreshed = await xrpc.ProcedureAsync("com.atproto.server.refreshSession", [], expired.RefreshJwt, cancellationToken);
                if (Tokens(refreshed) is { } renewed)
                {
                    LogRefreshed(renewed.Did);
                    return (session.Current = renewed, null);
                }
            }

            var created = await xrpc.ProcedureAsync("com.atproto.server.createSession",
                new JsonObject { ["identifier"] = options.Value.Identifier, ["password"] = options.Value.AppPassword }, null, cancellationToken);
            session.Current = Tokens(created);
            if (session.Current is null)
            {
                return (null, new XrpcReply.LoginFailed(created));
            }

            LogLoggedIn(session.Current.Did);
            return (session.Current, null);
        }
        finally
        {
            session.Lock.Release();
        }
    }

    private static BlueskySession.Tokens? Tokens(XrpcReply reply) =>
        reply is XrpcReply.Answer { Ok: true, Body: { } body }
        && body["did"]?.ToString() is { } did && body["accessJwt"]?.ToString() is { } access && body["refreshJwt"]?.ToString() is { } refresh
            ? new BlueskySession.Tokens(did, access, refresh) : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "Bluesky: logged in as {Did}")]
    private partial void LogLoggedIn(string did);

    [LoggerMessage(Level = LogLevel.Information, Message = "Bluesky: the access token of {Did} had expired; session refreshed")]
    private partial void LogRefreshed(string did);
}
