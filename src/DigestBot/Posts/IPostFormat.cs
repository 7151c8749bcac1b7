namespace DigestBot.Posts;

/// <summary>One platform's way of writing and counting a post.</summary>
public interface IPostFormat
{
    /// <summary>The channel name used on the command line and in JSON: telegram, x, mastodon, bluesky.</summary>
    string Channel { get; }

    int Limit { get; }

    /// <summary>The length the platform counts for these parts once rendered.</summary>
    int Measure(PostParts parts);

    /// <summary>
    /// A paper's whole summary instead of its one sentence, when the whole fits: a platform whose posts are long
    /// (a Mastodon instance that allows more than 500 characters). One sentence everywhere else.
    /// </summary>
    bool TakesWholeSummary => false;

    /// <summary>The language of the fixed texts around the digest's own (the header): "en" or "zh".</summary>
    string Language => "en";

    /// <summary>The exact text to send, with its link facets.</summary>
    (string Text, IReadOnlyList<PostLink> Links) Render(PostParts parts);
}
