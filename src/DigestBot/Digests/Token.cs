namespace DigestBot.Digests;

/// <summary>The parts of a block's inline content that the digest reader cares about.</summary>
internal enum TokenKind
{
    Text,
    Link,
    Image,
    Break,
}

/// <summary>
/// A flattened inline: text (with its emphasis), a link (its label as text), an image or a line break.
/// Markdig's inline tree is flattened because the translated digests break emphasis across links.
/// </summary>
internal readonly record struct Token(TokenKind Kind, string Text, string? Url, bool Italic, bool Bold)
{
    public static Token Break { get; } = new(TokenKind.Break, "", null, false, false);

    public bool IsBlank => Kind == TokenKind.Text && Text.AsSpan().Trim(" *\t").IsEmpty;
}
