namespace DigestBot.Bluesky;

/// <summary>
/// A record's uri and cid, what a reply points to. The ledger keeps both as the post's message id, "at://… bafy…",
/// so a thread can go on from it after a restart.
/// </summary>
public sealed record StrongRef(string Uri, string Cid)
{
    public string MessageId => $"{Uri} {Cid}";

    public static StrongRef? Parse(string? messageId) =>
        messageId?.Split(' ') is [{ } uri, { } cid] && uri.StartsWith("at://", StringComparison.Ordinal) && cid.Length > 0 ? new StrongRef(uri, cid) : null;
}
