namespace DigestBot.Posts;

/// <summary>
/// One message as it would be sent: the exact text (for Telegram, the HTML), the entry's canonical link,
/// its length as the platform counts it, and the platform's limit. Links carries Bluesky's link facets.
/// </summary>
public sealed record Post(string Channel, string Week, string Kind, string Text, string? Url, int Length, int Limit, IReadOnlyList<PostLink> Links)
{
    public const string HeaderKind = "header";
    public const string PaperKind = "paper";
}

/// <summary>A link facet: the UTF-8 byte range of the link's text in the post, and where it points.</summary>
public sealed record PostLink(int ByteStart, int ByteEnd, string Uri);
