namespace DigestBot.Publishing;

/// <summary>One row of the ledger: a post of a digest (week label) to a channel, and where it stands.</summary>
public sealed record LedgerPost(
    string Week,
    string Entry,
    string Channel,
    int Position,
    string Text,
    PostState State,
    string? MessageId,
    string? Reason,
    DateTimeOffset UpdatedAt,
    bool Final = false)
{
    public PostKey Key => new(Week, Entry, Channel);
}

/// <summary>A post's identity: digest, entry (the paper's canonical link, or "header") and channel.</summary>
public sealed record PostKey(string Week, string Entry, string Channel);

/// <summary>A post as composed, before the ledger knows it.</summary>
public sealed record PlannedPost(string Entry, int Position, string Text);
