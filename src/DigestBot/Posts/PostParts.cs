namespace DigestBot.Posts;

/// <summary>What a post says, before a platform renders it: a headline, one sentence and a link.</summary>
public sealed record PostParts(string Headline, string Sentence, string? Url);
