namespace DigestBot.Digests.Parsing;

/// <summary>A block's tokens as lines (split at its line breaks), and what the rules ask of a line.</summary>
internal static class TokenLines
{
    /// <summary>The tokens split at their line breaks, without images and without blank lines.</summary>
    public static List<List<Token>> Split(List<Token> tokens)
    {
        var lines = new List<List<Token>>();
        var current = new List<Token>();
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Break)
            {
                AddShown(lines, current);
                current = [];
            }
            else if (token.Kind != TokenKind.Image)
            {
                current.Add(token);
            }
        }

        AddShown(lines, current);
        return lines;
    }

    private static void AddShown(List<List<Token>> lines, List<Token> line)
    {
        if (!IsBlankLine(line))
        {
            lines.Add(line);
        }
    }

    public static bool IsBlankLine(List<Token> line) => line.TrueForAll(t => t.IsBlank);

    /// <summary>The visible text of a line: text plus link labels, cleaned.</summary>
    public static string VisibleText(List<Token> line) => VisibleText(line, 0, line.Count);

    public static string VisibleText(List<Token> line, int from) => VisibleText(line, from, line.Count);

    /// <summary>The visible text of the tokens from <paramref name="from"/> up to (not including) <paramref name="to"/>.</summary>
    public static string VisibleText(List<Token> line, int from, int to) => Text.Clean(RawText(line.Skip(from).Take(to - from)));

    /// <summary>The text and link labels as written, joined.</summary>
    public static string RawText(IEnumerable<Token> tokens) =>
        string.Concat(tokens.Where(t => t.Kind is TokenKind.Text or TokenKind.Link).Select(t => t.Text));

    /// <summary>True when the text is empty or only a drawn separator ("— — — —"), images aside.</summary>
    public static bool IsSeparator(List<Token> tokens) =>
        tokens.Where(t => t.Kind is TokenKind.Text or TokenKind.Link).All(t => t.Text.All(c => c is '—' or '–' or '-' or '_' or '*' or '=' || char.IsWhiteSpace(c)));

    /// <summary>The first token with visible content, or <see cref="Token.Nothing"/>.</summary>
    public static Token FirstNonBlank(List<Token> line) => line.Find(t => !t.IsBlank) ?? Token.Nothing;

    /// <summary>True when the given token is the line's only visible token.</summary>
    public static bool IsOnly(List<Token> line, Token only) => line.TrueForAll(t => t.IsBlank || t == only);

    public static bool HasLink(List<Token> line) => line.Exists(t => t.Kind == TokenKind.Link);

    /// <summary>True when every link of the line shows an address (or nothing) rather than a headline.</summary>
    public static bool LinksAreAddresses(List<Token> line) => line.TrueForAll(t => t.Kind != TokenKind.Link || IsAddressLabel(t));

    /// <summary>True when the line holds nothing but links that show an address (a "[arxiv.org](…)" line).</summary>
    public static bool IsAddressOnly(List<Token> line) => line.TrueForAll(t => t.IsBlank || t.Kind == TokenKind.Link && IsAddressLabel(t));

    /// <summary>The addresses of the line's links, in order.</summary>
    public static List<string> Links(IEnumerable<Token> line) =>
        [.. line.Where(t => t.Kind == TokenKind.Link).SelectMany(t => t.Urls).Where(url => !string.IsNullOrWhiteSpace(url))];

    /// <summary>True when a link shows an address or nothing (a label of only spaces and stars).</summary>
    public static bool IsAddressLabel(Token link) => ShowsAddress(link) || link.Text.All(c => c == '*' || char.IsWhiteSpace(c));

    /// <summary>True when a link's label, cleaned, is an address ("arxiv.org", "https://…").</summary>
    public static bool ShowsAddress(Token link) => CanonicalUrl.LooksLikeAddress(Text.Clean(link.Text));
}
