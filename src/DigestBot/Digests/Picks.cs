namespace DigestBot.Digests;

/// <summary>Reads one editor's pick from a list item: its text and its first link.</summary>
internal static class Picks
{
    public static DigestPick From(List<Token> tokens)
    {
        var text = Text.CleanPick(Lines.VisibleText(tokens));
        var url = tokens.Where(t => t.Kind == TokenKind.Link).Select(t => CanonicalUrl.Normalize(t.Url)).FirstOrDefault(u => u is not null);
        return new DigestPick(text, url);
    }
}
