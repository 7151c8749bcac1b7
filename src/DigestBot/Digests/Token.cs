using System.Buffers;

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
    private static readonly SearchValues<char> BlankChars = SearchValues.Create(" *\t");

    public static Token Break { get; } = new(TokenKind.Break, "", null, false, false);

    /// <summary>Text of nothing but spaces and stray stars; computed once, as every check of a line asks it.</summary>
    public bool IsBlank { get; } = Kind == TokenKind.Text && (Text.Length == 0 || IsBlankChar(Text[0]) && !Text.AsSpan(1).ContainsAnyExcept(BlankChars));

    /// <summary>One of <see cref="BlankChars"/>: most text starts with some other char, which settles it without a search.</summary>
    private static bool IsBlankChar(char c) => c is ' ' or '*' or '\t';

    /// <summary>The same token with other text (never use a with-expression: the computed flags come from Text).</summary>
    public Token WithText(string text) => new(Kind, text, Url, Italic, Bold);
}
