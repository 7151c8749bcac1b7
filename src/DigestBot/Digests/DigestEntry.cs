namespace DigestBot.Digests;

/// <summary>One paper, article or news item of a digest, with canonical URLs and a plain-text summary.</summary>
public sealed record DigestEntry(
    Section Section,
    string Headline,
    string? Title,
    string? ArxivId,
    string? Url,
    IReadOnlyList<string> Links,
    string Summary,
    int Line);
