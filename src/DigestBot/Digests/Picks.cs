namespace DigestBot.Digests;

/// <summary>Reads one editor's pick from a list item: its text and its first link.</summary>
internal static class Picks
{
    public static DigestPick From(List<Token> tokens)
    {
        var text = Text.CleanPick(Lines.VisibleText(tokens));
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Link && CanonicalUrl.Normalize(token.Url) is { } url)
            {
                return new DigestPick(text, url);
            }
        }

        return new DigestPick(text, null);
    }
}
