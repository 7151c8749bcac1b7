using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DigestBot.Digests;

/// <summary>
/// Turns a Markdig leaf block's inline tree into a flat token list. Neighbouring text of the same emphasis is
/// gathered into one token as the tree is walked; a run that is one literal is a slice of Markdig's text, and only a
/// run of several pieces is copied into a string of its own. The list itself
/// is the reader's own and is reused: the walker reads one block at a time and copies what it keeps.
/// </summary>
internal sealed partial class TokenReader
{
    [ThreadStatic]
    private static TokenReader? shared;

    private readonly StringBuilder run = new();
    private readonly StringBuilder label = new();
    private readonly List<Token> tokens = new(64);
    private bool runItalic;
    private bool runBold;

    /// <summary>The run's length so far; while it is one piece of text, that piece is kept here and not copied.</summary>
    private int runLength;
    private (string Text, int Start, int Length) firstPiece;

    /// <summary>The block's tokens, in a list that is valid until the next <see cref="Read"/> on this thread.</summary>
    public static List<Token> Read(LeafBlock block)
    {
        var reader = shared ??= new TokenReader();
        reader.tokens.Clear();
        if (LazyInlines.IsPlainText(block))
        {
            reader.ReadPlainLines(block);
            return reader.tokens;
        }

        if (LazyInlines.IsDeferredText(block) && reader.TryReadSimple(block))
        {
            return reader.tokens;
        }

        LazyInlines.Ensure(block);
        if (block.Inline is not null)
        {
            reader.Walk(block.Inline, italic: false, bold: false);
            reader.Flush();
        }

        return reader.tokens;
    }

    /// <summary>
    /// The tokens Markdig's inline tree of a plain-text block would give: each line's text, a break between lines.
    /// Each line is a run of its own (the breaks close them, and no line is empty), so its token is made here directly.
    /// </summary>
    private void ReadPlainLines(LeafBlock block)
    {
        var lines = block.Lines.Lines;
        var count = block.Lines.Count;
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                tokens.Add(Token.Break);
            }

            var slice = lines[i].Slice;
            tokens.Add(new Token(TokenKind.Text, slice.Text, slice.Start, slice.Length, null, italic: false, bold: false));
        }
    }

    private void Walk(ContainerInline container, bool italic, bool bold)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            // Exact type checks first: they are cheap, and literals and emphasis are most of every paragraph.
            if (inline.GetType() == typeof(LiteralInline))
            {
                var content = ((LiteralInline)inline).Content;
                if (!IsStarRun(content.AsSpan()))
                {
                    Append(content.Text, content.Start, content.Length, italic, bold);
                }

                continue;
            }

            if (inline.GetType() == typeof(EmphasisInline))
            {
                var emphasis = (EmphasisInline)inline;
                var strong = emphasis.DelimiterCount >= 2;
                Walk(emphasis, italic || !strong, bold || strong);
                continue;
            }

            switch (inline)
            {
                case LinkInline link:
                    Add(new Token(link.IsImage ? TokenKind.Image : TokenKind.Link, PlainText(link), link.Url ?? "", italic, bold));
                    break;
                case AutolinkInline auto:
                    Add(new Token(TokenKind.Link, auto.Url, auto.Url, italic, bold));
                    break;
                case EmphasisInline emphasis:
                    var strong = emphasis.DelimiterCount >= 2;
                    Walk(emphasis, italic || !strong, bold || strong);
                    break;
                case LineBreakInline:
                    Add(Token.Break);
                    break;
                case DelimiterInline delimiter:
                    // An unmatched "[" or "*" stays in the tree as a delimiter; it is text (but a run of stars is not).
                    if (delimiter.ToLiteral() is var literalText && !IsStarRun(literalText))
                    {
                        Append(literalText, italic, bold);
                    }

                    Walk(delimiter, italic, bold);
                    break;
                case ContainerInline nested:
                    Walk(nested, italic, bold);
                    break;
                case LiteralInline literal when !IsStarRun(literal.Content.AsSpan()):
                    Append(literal.Content.Text, literal.Content.Start, literal.Content.Length, italic, bold);
                    break;
                case CodeInline code:
                    Append(code.Content, italic, bold);
                    break;
                case HtmlEntityInline entity:
                    Append(entity.Transcoded.Text, entity.Transcoded.Start, entity.Transcoded.Length, italic, bold);
                    break;
            }
        }
    }

    /// <summary>"**" or "****" left unmatched: the translation broke the emphasis; the stars are not text.</summary>
    private static bool IsStarRun(ReadOnlySpan<char> text) => text.Length >= 2 && text[0] == '*' && !text.ContainsAnyExcept('*');

    private void Append(string text, bool italic, bool bold) => Append(text, 0, text.Length, italic, bold);

    /// <summary>Adds text to the run of this emphasis; a change of emphasis closes the previous run.</summary>
    private void Append(string text, int start, int length, bool italic, bool bold)
    {
        if (runLength > 0 && (italic != runItalic || bold != runBold))
        {
            Flush();
        }

        runItalic = italic;
        runBold = bold;
        if (length == 0)
        {
            return;
        }

        if (runLength == 0)
        {
            firstPiece = (text, start, length);
        }
        else
        {
            if (run.Length == 0)
            {
                run.Append(firstPiece.Text, firstPiece.Start, firstPiece.Length);
            }

            run.Append(text, start, length);
        }

        runLength += length;
    }

    private void Add(Token token)
    {
        Flush();
        tokens.Add(token);
    }

    private void Flush()
    {
        if (runLength == 0)
        {
            return;
        }

        // Most runs are one literal: the token is a slice of Markdig's text, with no copy and no string of its own.
        tokens.Add(run.Length > 0
            ? new Token(TokenKind.Text, run.ToString(), null, runItalic, runBold)
            : new Token(TokenKind.Text, firstPiece.Text, firstPiece.Start, firstPiece.Length, null, runItalic, runBold));
        run.Clear();
        runLength = 0;
    }
}
