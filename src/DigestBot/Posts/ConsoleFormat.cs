namespace DigestBot.Posts;

/// <summary>The console channel: the plain layout (headline, sentence, link a line each), within Telegram's limit.</summary>
public sealed class ConsoleFormat : IPostFormat
{
    public const string Name = "console";

    public string Channel => Name;

    public int Limit => 4096;

    public int Measure(PostParts parts) => PlainText.Join(parts.Headline, parts.Sentence, parts.Url).Length;

    public (string Text, IReadOnlyList<PostLink> Links) Render(PostParts parts) =>
        (PlainText.Join(parts.Headline, parts.Sentence, parts.Url), []);
}
