using System.Runtime.InteropServices;

namespace DigestBot.Digests;

/// <summary>Helpers over token lines: a paragraph's tokens split at its line breaks.</summary>
internal static class Lines
{
    /// <summary>Where a line's pieces are joined before the visible text is made of them (cleaned, as one string).</summary>
    [ThreadStatic]
    private static char[]? joined;

    /// <summary>The tokens split at their line breaks, without images and blank lines (see <see cref="LineSplitter"/>).</summary>
    public static List<List<Token>> Split(List<Token> tokens) => LineSplitter.Split(tokens);

    public static bool HasBreakOrImage(List<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (token.Kind is TokenKind.Break or TokenKind.Image)
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsBlankLine(List<Token> line)
    {
        foreach (var token in line)
        {
            if (!token.IsBlank)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The visible text of a line: text plus link labels, cleaned.</summary>
    public static string VisibleText(List<Token> line, int from = 0) => VisibleText(line, from, line.Count);

    /// <summary>The visible text of the tokens from <paramref name="from"/> up to (not including) <paramref name="to"/>.</summary>
    public static string VisibleText(List<Token> line, int from, int to)
    {
        if (to - from == 1 && line[from].Kind is TokenKind.Text or TokenKind.Link)
        {
            return line[from].CleanText();
        }

        var buffer = joined ??= new char[256];
        var length = 0;
        for (var i = from; i < to; i++)
        {
            if (line[i].Kind is TokenKind.Text or TokenKind.Link)
            {
                if (buffer.Length < length + line[i].Length)
                {
                    Array.Resize(ref buffer, Math.Max(length + line[i].Length, buffer.Length * 2));
                    joined = buffer;
                }

                line[i].Span.CopyTo(buffer.AsSpan(length));
                length += line[i].Length;
            }
        }

        return Text.Clean(buffer.AsSpan(0, length));
    }


    /// <summary>
    /// The facts the walker asks of a paragraph's tokens, gathered in one pass: asked one at a time, they looped over
    /// the same list five times for every paragraph. The tokens are read in place: the list's enumerator, with this
    /// loop's body, was more than the JIT would inline, and each token was copied out.
    /// </summary>
    public static Shape ShapeOf(List<Token> tokens)
    {
        bool link = false, breakOrImage = false, blank = true, separator = true, card = false;
        var length = 0;
        foreach (ref readonly var token in CollectionsMarshal.AsSpan(tokens))
        {
            blank &= token.IsBlank;
            if (token.Kind is TokenKind.Break or TokenKind.Image)
            {
                breakOrImage = true;
                continue;
            }

            link |= token.Kind == TokenKind.Link;
            var span = token.Span;
            length += span.Length;
            separator = separator && IsDrawn(span);
            card = card || EmbedCards.MayHoldCard(span);
        }

        return new Shape(link, breakOrImage, blank, separator, card, length);
    }

    /// <summary>True when the text is only drawing characters and whitespace (part of a "— — —" line).</summary>
    private static bool IsDrawn(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is not ('—' or '–' or '-' or '_' or '*' or '=') && !Text.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first token with visible content, or default.</summary>
    public static Token FirstNonBlank(List<Token> line)
    {
        foreach (var token in line)
        {
            if (!token.IsBlank)
            {
                return token;
            }
        }

        return default;
    }

    /// <summary>True when the given token is the line's only visible token.</summary>
    public static bool IsOnly(List<Token> line, Token only)
    {
        foreach (var token in line)
        {
            if (!token.IsBlank && token != only)
            {
                return false;
            }
        }

        return true;
    }

    public static bool HasLink(List<Token> line)
    {
        foreach (var token in line)
        {
            if (token.Kind == TokenKind.Link)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when every link of the line shows an address (or nothing) rather than a headline.</summary>
    public static bool LinksAreAddresses(List<Token> line)
    {
        foreach (var token in line)
        {
            if (token.Kind == TokenKind.Link && !IsAddressLabel(token))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the line holds nothing but links that show an address (a "[arxiv.org](…)" line).</summary>
    public static bool IsAddressOnly(List<Token> line)
    {
        foreach (var token in line)
        {
            if (!token.IsBlank && !(token.Kind == TokenKind.Link && IsAddressLabel(token)))
            {
                return false;
            }
        }

        return true;
    }

    public static void AddLinks(List<Token> line, List<string> urls)
    {
        foreach (var token in line)
        {
            if (token.Kind == TokenKind.Link && !string.IsNullOrWhiteSpace(token.Url))
            {
                urls.Add(token.Url);
            }
        }
    }

    /// <summary>True when a link shows an address or nothing (a label of only spaces and stars cleans to nothing).</summary>
    public static bool IsAddressLabel(Token link) => ShowsAddress(link) || IsBlankLabel(link.Span);

    /// <summary>
    /// True when a link's label, cleaned, is an address ("arxiv.org", "https://…"). Cleaning adds no character, and
    /// every address has a ".", so a label without one is not cleaned to be looked at.
    /// </summary>
    public static bool ShowsAddress(Token link) => link.Span.Contains('.') && CanonicalUrl.LooksLikeAddress(link.CleanText());

    private static bool IsBlankLabel(ReadOnlySpan<char> label)
    {
        foreach (var c in label)
        {
            if (c != '*' && !Text.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>What <see cref="ShapeOf"/> found.</summary>
    /// <param name="HasLink">As <see cref="Lines.HasLink"/>.</param>
    /// <param name="HasBreakOrImage">As <see cref="Lines.HasBreakOrImage"/>: without one, the tokens are a single line.</param>
    /// <param name="IsBlank">As <see cref="Lines.IsBlankLine"/>.</param>
    /// <param name="IsSeparator">The visible text is empty or only a drawn separator ("— — — —").</param>
    /// <param name="MayHoldCard">Some text or link label holds "##", as every embed card does.</param>
    /// <param name="TextLength">The length of the text and link labels, before cleaning.</param>
    public readonly record struct Shape(bool HasLink, bool HasBreakOrImage, bool IsBlank, bool IsSeparator, bool MayHoldCard, int TextLength);
}
