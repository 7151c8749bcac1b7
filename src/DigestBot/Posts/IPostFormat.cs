namespace DigestBot.Posts;

/// <summary>One platform's way of writing and counting a post.</summary>
public interface IPostFormat
{
    /// <summary>The channel name used on the command line and in JSON: telegram, x, mastodon, bluesky.</summary>
    string Channel { get; }

    int Limit { get; }

    /// <summary>The length the platform counts for these parts once rendered.</summary>
    int Measure(PostParts parts);

    /// <summary>The exact text to send, with its link facets.</summary>
    (string Text, IReadOnlyList<PostLink> Links) Render(PostParts parts);
}
