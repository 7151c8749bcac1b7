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

    public static List<List<Token>> Split(List<Token> tokens) =>
        (shared ??= new LineSplitter()).SplitLines(tokens, Lines.HasBreakOrImage(tokens), isBlank: null);

    /// <summary>The same split, for a caller that has the tokens' <see cref="Lines.Shape"/> already.</summary>
    public static List<List<Token>> Split(List<Token> tokens, Lines.Shape shape) =>
        (shared ??= new LineSplitter()).SplitLines(tokens, shape.HasBreakOrImage, shape.IsBlank);

    /// <summary>The split; <paramref name="isBlank"/> is <see cref="Lines.IsBlankLine"/> of the tokens when known.</summary>
    private List<List<Token>> SplitLines(List<Token> tokens, bool hasBreakOrImage, bool? isBlank)
    {
        foreach (var line in lent)
        {
            line.Clear();
            spare.Push(line);
        }

        lent.Clear();
        lines.Clear();
        if (!hasBreakOrImage)
        {
            if (!(isBlank ?? Lines.IsBlankLine(tokens)))
            {
                lines.Add(tokens);
            }

            return lines;
        }

        // A line is kept once it ends and has shown something; a blank one is emptied and filled again.
        List<Token>? current = null;
        var blank = true;
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Break)
            {
                if (!blank)
                {
                    lines.Add(current!);
                    (current, blank) = (null, true);
                }
                else
                {
                    current?.Clear();
                }
            }
            else if (token.Kind != TokenKind.Image)
            {
                current ??= NewLine();
                current.Add(token);
                blank &= token.IsBlank;
            }
        }

        if (!blank)
        {
            lines.Add(current!);
        }

        return lines;
    }

    private List<Token> NewLine()
    {
        var line = spare.Count > 0 ? spare.Pop() : [];
        lent.Add(line);
        return line;
    }
}
