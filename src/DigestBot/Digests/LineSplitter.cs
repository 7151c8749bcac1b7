namespace DigestBot.Digests;

/// <summary>
/// Splits a block's tokens at its line breaks, dropping images and blank lines. The walker handles one block's lines
/// at a time, so the lists are reused: the lines a split returns are valid until the next split on this thread.
/// </summary>
internal sealed class LineSplitter
{
    [ThreadStatic]
    private static LineSplitter? shared;

    private readonly List<List<Token>> lines = [];
    private readonly List<List<Token>> lent = [];
    private readonly Stack<List<Token>> spare = new();

    public static List<List<Token>> Split(List<Token> tokens) => (shared ??= new LineSplitter()).SplitLines(tokens);

    private List<List<Token>> SplitLines(List<Token> tokens)
    {
        foreach (var line in lent)
        {
            line.Clear();
            spare.Push(line);
        }

        lent.Clear();
        lines.Clear();
        if (!Lines.HasBreakOrImage(tokens))
        {
            if (!Lines.IsBlankLine(tokens))
            {
                lines.Add(tokens);
            }

            return lines;
        }

        lines.Add(NewLine());
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Break)
            {
                lines.Add(NewLine());
            }
            else if (token.Kind != TokenKind.Image)
            {
                lines[^1].Add(token);
            }
        }

        lines.RemoveAll(Lines.IsBlankLine);
        return lines;
    }

    private List<Token> NewLine()
    {
        var line = spare.Count > 0 ? spare.Pop() : [];
        lent.Add(line);
        return line;
    }
}
