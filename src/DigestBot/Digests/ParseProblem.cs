namespace DigestBot.Digests;

/// <summary>Something in a digest file the parser could not read as intended. Line is 1-based, 0 for the whole file.</summary>
public sealed record ParseProblem(string File, int Line, string Message);
