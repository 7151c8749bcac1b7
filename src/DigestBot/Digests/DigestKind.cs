namespace DigestBot.Digests;

/// <summary>What a digest covers: one ISO week, one month, or one numbered newsletter issue.</summary>
public enum DigestKind
{
    Weekly,
    Monthly,
    Issue,
}
