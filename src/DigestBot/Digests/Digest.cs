namespace DigestBot.Digests;

/// <summary>
/// One parsed digest. Identity fields are null where the file does not state them:
/// a weekly digest has Year and Week, a monthly one Year and Month, an issue its number
/// plus the ISO week its intro names, if it names one.
/// </summary>
public sealed record Digest(
    string File,
    DigestKind? Kind,
    int? Year,
    int? Week,
    int? Month,
    int? Issue,
    string? Title,
    string? Source,
    IReadOnlyList<DigestPick> Picks,
    IReadOnlyList<DigestEntry> Entries)
{
    /// <summary>A short label such as 2020-W43, 2020-09 or #29.</summary>
    public string Label => Kind switch
    {
        DigestKind.Weekly => $"{Year}-W{Week:00}",
        DigestKind.Monthly => $"{Year}-{Month:00}",
        DigestKind.Issue when Week is not null => $"#{Issue} ({Year}-W{Week:00})",
        DigestKind.Issue => $"#{Issue}",
        _ => "?",
    };

    public int Count(Section section) => Entries.Count(e => e.Section == section);
}
