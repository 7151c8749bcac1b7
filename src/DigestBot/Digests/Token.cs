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
/// The text is a slice of the string Markdig read it from: most of it is only searched or copied into a longer
/// text, so a string of its own is made only where <see cref="Text"/> is asked (prefer <see cref="Span"/>).
/// Tokens are equal when their kind, text, link and emphasis are.
/// </summary>
internal readonly struct Token : IEquatable<Token>
{
    private static readonly SearchValues<char> BlankChars = SearchValues.Create(" *\t");

    private readonly string? source;
    private readonly int start;

    public Token(TokenKind kind, string text, string? url, bool italic, bool bold)
        : this(kind, text, 0, text.Length, url, italic, bold)
    {
    }

    /// <summary>A token whose text is <paramref name="length"/> chars of <paramref name="source"/> from <paramref name="start"/>.</summary>
    public Token(TokenKind kind, string source, int start, int length, string? url, bool italic, bool bold)
    {
        (Kind, this.source, this.start, Length, Url, Italic, Bold) = (kind, source, start, length, url, italic, bold);
        var span = source.AsSpan(start, length);
        IsBlank = kind == TokenKind.Text && (span.IsEmpty || IsBlankChar(span[0]) && !span[1..].ContainsAnyExcept(BlankChars));
    }

    public static Token Break { get; } = new(TokenKind.Break, "", null, false, false);

    public TokenKind Kind { get; }

    public string? Url { get; }

    public bool Italic { get; }

    public bool Bold { get; }

    /// <summary>The length of the text.</summary>
    public int Length { get; }

    /// <summary>The text, without a copy.</summary>
    public ReadOnlySpan<char> Span => source.AsSpan(start, Length);

    /// <summary>The text as a string: the source itself when the token is all of it, else a new copy on every call.</summary>
    public string Text => source is null || start == 0 && Length == source.Length ? source! : source.Substring(start, Length);

    /// <summary><see cref="Digests.Text.Clean(string)"/> of the text, with no copy of a slice that is clean already.</summary>
    public string CleanText() =>
        source is null || start == 0 && Length == source.Length ? Digests.Text.Clean(source!) : Digests.Text.Clean(Span);

    /// <summary>Text of nothing but spaces and stray stars; computed once, as every check of a line asks it.</summary>
    public bool IsBlank { get; }

    /// <summary>The same token with only part of its text: <paramref name="length"/> chars from <paramref name="offset"/> in it.</summary>
    public Token Slice(int offset, int length) => new(Kind, source!, start + offset, length, Url, Italic, Bold);

    public static bool operator ==(Token left, Token right) => left.Equals(right);

    public static bool operator !=(Token left, Token right) => !left.Equals(right);

    public bool Equals(Token other) =>
        Kind == other.Kind && Italic == other.Italic && Bold == other.Bold && Url == other.Url
        && (source is null ? other.source is null : other.source is not null && Span.SequenceEqual(other.Span));

    public override bool Equals(object? obj) => obj is Token other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Kind, Url, Italic, Bold, string.GetHashCode(Span));

    /// <summary>One of <see cref="BlankChars"/>: most text starts with some other char, which settles it without a search.</summary>
    private static bool IsBlankChar(char c) => c is ' ' or '*' or '\t';
}
