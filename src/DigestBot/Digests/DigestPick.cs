namespace DigestBot.Digests;

/// <summary>One of the editor's picks listed at the top of a digest.</summary>
public sealed record DigestPick(string Text, string? Url);
