using System.Text;
using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DigestBot.Digests.Parsing;

/// <summary>
/// Turns a Markdig leaf block's inline tree into a flat token list; neighbouring text of the same emphasis becomes
/// one token.
/// </summary>
internal sealed class InlineTokens
{
    /// <summary>Markdig's own inline parsers (plain CommonMark), for the blocks whose inlines Markdig does not parse.</summary>
    private static readonly InlineParserList InlineParsers = new(new MarkdownPipelineBuilder().InlineParsers);

    private readonly List<Token> _tokens = [];
    private readonly StringBuilder _run = new();
    private bool _runItalic;
    private bool _runBold;

    public static List<Token> Read(LeafBlock block)
    {
        ParseUnparsed(block);
        var reader = new InlineTokens();
        if (block.Inline is not null)
        {
            reader.Walk(block.Inline, italic: false, bold: false);
            reader.Flush();
        }

        return reader._tokens;
    }

    /// <summary>
    /// A code or HTML block inside a list item or quote (an item indented one space too far holds one) is read like a
    /// paragraph: Markdig's inline parser is run on its lines. A block without lines (a thematic break) has none to read.
    /// </summary>
    private static void ParseUnparsed(LeafBlock block)
    {
        if (block.Inline is not null || block.Lines.Lines is null || Root(block) is not { } document)
        {
            return;
        }

        block.ProcessInlines = true;
        new InlineProcessor(document, InlineParsers, preciseSourcelocation: false, context: null).ProcessInlineLeaf(block);
    }

    private static MarkdownDocument? Root(Block block)
    {
        while (block.Parent is { } parent)
        {
            block = parent;
        }

        return block as MarkdownDocument;
    }

    private void Walk(ContainerInline container, bool italic, bool bold)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LinkInline link:
                    Add(LinkToken(link, italic, bold));
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
                    AppendText(delimiter.ToLiteral(), italic, bold);
                    Walk(delimiter, italic, bold);
                    break;
                case ContainerInline nested:
                    Walk(nested, italic, bold);
                    break;
                case LiteralInline literal:
                    AppendText(literal.Content.ToString(), italic, bold);
                    break;
                case CodeInline code:
                    Append(code.Content, italic, bold);
                    break;
                case HtmlEntityInline entity:
                    Append(entity.Transcoded.ToString(), italic, bold);
                    break;
            }
        }
    }

    private static Token LinkToken(LinkInline link, bool italic, bool bold)
    {
        var label = Label(link);
        var url = link.Url ?? "";
        if (link.IsImage)
        {
            return new Token(TokenKind.Image, label, url, italic, bold);
        }

        return ShortLinks.ShownAddress(label, url) is { } shown
            ? new Token(TokenKind.Link, label, shown, italic, bold, Shortener: url)
            : new Token(TokenKind.Link, label, url, italic, bold);
    }

    /// <summary>Text, but not "**" or "****" left unmatched: the translation broke the emphasis; the stars are not text.</summary>
    private void AppendText(string text, bool italic, bool bold)
    {
        if (text.Length < 2 || text.AsSpan().ContainsAnyExcept('*'))
        {
            Append(text, italic, bold);
        }
    }

    /// <summary>Adds text to the run of this emphasis; a change of emphasis (even by empty text) closes the run before it.</summary>
    private void Append(string text, bool italic, bool bold)
    {
        if (_run.Length > 0 && (italic != _runItalic || bold != _runBold))
        {
            Flush();
        }

        (_runItalic, _runBold) = (italic, bold);
        _run.Append(text);
    }

    private void Add(Token token)
    {
        Flush();
        _tokens.Add(token);
    }

    private void Flush()
    {
        if (_run.Length > 0)
        {
            _tokens.Add(new Token(TokenKind.Text, _run.ToString(), null, _runItalic, _runBold));
            _run.Clear();
        }
    }

    /// <summary>The visible text of a link or image label, without Markdown.</summary>
    private static string Label(ContainerInline container)
    {
        var label = new StringBuilder();
        AppendLabel(container, label);
        return label.ToString();
    }

    private static void AppendLabel(ContainerInline container, StringBuilder label)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    label.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    label.Append(code.Content);
                    break;
                case AutolinkInline auto:
                    label.Append(auto.Url);
                    break;
                case LineBreakInline:
                    label.Append(' ');
                    break;
                case HtmlEntityInline entity:
                    label.Append(entity.Transcoded.ToString());
                    break;
                case DelimiterInline delimiter:
                    label.Append(delimiter.ToLiteral());
                    AppendLabel(delimiter, label);
                    break;
                case ContainerInline nested:
                    AppendLabel(nested, label);
                    break;
            }
        }
    }
}
