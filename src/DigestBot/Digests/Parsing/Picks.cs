namespace DigestBot.Digests.Parsing;

/// <summary>Reads one editor's pick from a list item: its text and its first link.</summary>
internal static class Picks
{
    public static DigestPick From(List<Token> tokens) =>
        new(Text.CleanPick(TokenLines.VisibleText(tokens)), TokenLines.Links(tokens).Select(url => CanonicalUrl.Normalize(url)).FirstOrDefault(url => url is not null));
}
