namespace DigestBot.Bluesky;

/// <summary>What a post links to, shown as an app.bsky.embed.external card: the link, a title and one sentence.</summary>
public sealed record PostCard(string Url, string Title, string Description);
