using DigestBot.Posts;

namespace DigestBot.X;

/// <summary>X: plain text, counted by twitter-text's weighted length (CJK weighs two, a URL 23), at most 280.</summary>
public sealed class XFormat : IPostFormat
{
    public const string Name = "x";

    public string Channel => Name;

    public int Limit => XTextConfig.V3.MaxWeightedTweetLength;

    public int Measure(PostParts parts) => XWeightedLength.Count(PlainText.Join(parts.Headline, parts.Sentence, parts.Url));

    public (string Text, IReadOnlyList<PostLink> Links) Render(PostParts parts) =>
        (PlainText.Join(parts.Headline, parts.Sentence, parts.Url), []);
}
