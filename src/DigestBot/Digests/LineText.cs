namespace DigestBot.Digests;

/// <summary>
/// A line's visible text, as <see cref="Lines.VisibleText(List{Token}, int)"/> gives it, but as a span over buffers
/// kept here: an entry's prose lines are only searched and copied into its summary, and they are most of a digest's
/// text, so they need no string of their own. The span is valid until the next <see cref="Of"/>.
/// </summary>
internal sealed class LineText
{
    private char[] joined = new char[256];
    private char[] cleaned = new char[256];

    public ReadOnlySpan<char> Of(List<Token> line)
    {
        if (line.Count == 1 && line[0].Kind is TokenKind.Text or TokenKind.Link)
        {
            return Text.CleanInto(line[0].Span, ref cleaned);
        }

        var length = 0;
        foreach (var token in line)
        {
            if (token.Kind is TokenKind.Text or TokenKind.Link)
            {
                if (joined.Length < length + token.Length)
                {
                    Array.Resize(ref joined, Math.Max(length + token.Length, joined.Length * 2));
                }

                token.Span.CopyTo(joined.AsSpan(length));
                length += token.Length;
            }
        }

        return Text.CleanInto(joined.AsSpan(0, length), ref cleaned);
    }
}
