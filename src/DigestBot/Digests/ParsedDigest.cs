namespace DigestBot.Digests;

/// <summary>The outcome of parsing one file: always a digest, plus whatever went wrong.</summary>
public sealed record ParsedDigest(Digest Digest, IReadOnlyList<ParseProblem> Problems);
