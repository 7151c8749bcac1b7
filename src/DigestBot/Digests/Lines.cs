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


    /// <summary>True when the visible text is empty or only a drawn separator ("— — — —").</summary>
    public static bool IsSeparator(List<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (token.Kind is TokenKind.Text or TokenKind.Link)
            {
                foreach (var c in token.Span)
                {
                    if (c is not ('—' or '–' or '-' or '_' or '*' or '=') && !Text.IsWhiteSpace(c))
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    /// <summary>The visible text when it has at most <paramref name="max"/> characters, else null (without building it when the raw text is far longer).</summary>
    public static string? ShortText(List<Token> tokens, int max)
    {
        var length = 0;
        foreach (var token in tokens)
        {
            length += token.Kind is TokenKind.Text or TokenKind.Link ? token.Length : 0;
        }

        return length <= max * 2 && VisibleText(tokens) is { } visible && visible.Length <= max ? visible : null;
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

    public static bool IsAddressLabel(Token link) =>
        Text.Clean(link.Text) is var label && (label.Length == 0 || CanonicalUrl.LooksLikeAddress(label));
}
