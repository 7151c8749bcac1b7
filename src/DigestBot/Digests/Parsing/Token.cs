namespace DigestBot.Digests.Parsing;

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
/// <param name="Shortener">
/// For a shortened link that shows its full address ("[https://arxiv.org/abs/…](https://t.co/…)"): the shortener,
/// while <paramref name="Url"/> is the address shown (see <see cref="ShortLinks"/>).
/// </param>
internal sealed record Token(TokenKind Kind, string Text, string? Url = null, bool Italic = false, bool Bold = false, string? Shortener = null)
{
    public static Token Break { get; } = new(TokenKind.Break, "");

    /// <summary>Text of nothing: what a line without visible tokens starts with.</summary>
    public static Token Nothing { get; } = new(TokenKind.Text, "");

    /// <summary>Text of nothing but spaces and stray stars.</summary>
    public bool IsBlank => Kind == TokenKind.Text && Text.AsSpan().Trim(" *\t").IsEmpty;

    /// <summary>The addresses a link gives: its own, and after it the shortener it was written with, if any.</summary>
    public IEnumerable<string> Urls => Url is null ? [] : Shortener is null ? [Url] : [Url, Shortener];
}
