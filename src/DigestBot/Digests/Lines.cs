using System.Text;

namespace DigestBot.Digests;

/// <summary>Helpers over token lines: a paragraph's tokens split at its line breaks.</summary>
internal static class Lines
{
    public static List<List<Token>> Split(List<Token> tokens)
    {
        var lines = new List<List<Token>> { new() };
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Break)
            {
                lines.Add([]);
            }
            else if (token.Kind != TokenKind.Image)
            {
                lines[^1].Add(token);
            }
        }

        lines.RemoveAll(line => line.All(t => t.IsBlank));
        return lines;
    }

    /// <summary>The visible text of a line: text plus link labels, cleaned.</summary>
    public static string VisibleText(IEnumerable<Token> line)
    {
        var sb = new StringBuilder();
        foreach (var token in line)
        {
            if (token.Kind is TokenKind.Text or TokenKind.Link)
            {
                sb.Append(token.Text);
            }
        }

        return Text.Clean(sb.ToString());
    }

    public static bool IsAddressLabel(Token link) =>
        Text.Clean(link.Text) is var label && (label.Length == 0 || CanonicalUrl.LooksLikeAddress(label));
}
