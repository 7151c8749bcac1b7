using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DigestBot.Digests;

/// <summary>Turns a Markdig leaf block's inline tree into a flat token list.</summary>
internal static class TokenReader
{
    public static List<Token> Read(LeafBlock block)
    {
        var tokens = new List<Token>();
        if (block.Inline is not null)
        {
            Walk(block.Inline, tokens, italic: false, bold: false);
        }

        return Merge(tokens);
    }

    /// <summary>Joins neighbouring text pieces of the same emphasis, in one pass (a long paragraph has many pieces).</summary>
    private static List<Token> Merge(List<Token> tokens)
    {
        var merged = new List<Token>(tokens.Count);
        var run = new StringBuilder();
        var first = default(Token);
        foreach (var token in tokens)
        {
            if (run.Length > 0 && (token.Kind != TokenKind.Text || token.Italic != first.Italic || token.Bold != first.Bold))
            {
                merged.Add(first with { Text = run.ToString() });
                run.Clear();
            }

            if (token.Kind != TokenKind.Text)
            {
                merged.Add(token);
                continue;
            }

            if (run.Length == 0)
            {
                first = token;
            }

            run.Append(token.Text);
        }

        if (run.Length > 0)
        {
            merged.Add(first with { Text = run.ToString() });
        }

        return merged;
    }

    private static void Walk(ContainerInline container, List<Token> tokens, bool italic, bool bold)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LinkInline link:
                    var label = PlainText(link);
                    tokens.Add(new Token(link.IsImage ? TokenKind.Image : TokenKind.Link, label, link.Url ?? "", italic, bold));
                    break;
                case AutolinkInline auto:
                    tokens.Add(new Token(TokenKind.Link, auto.Url, auto.Url, italic, bold));
                    break;
                case EmphasisInline emphasis:
                    var strong = emphasis.DelimiterCount >= 2;
                    Walk(emphasis, tokens, italic || !strong, bold || strong);
                    break;
                case LineBreakInline:
                    tokens.Add(Token.Break);
                    break;
                case DelimiterInline delimiter:
                    // An unmatched "[" or "*" stays in the tree as a delimiter; it is text.
                    AddText(tokens, delimiter.ToLiteral(), italic, bold);
                    Walk(delimiter, tokens, italic, bold);
                    break;
                case ContainerInline nested:
                    Walk(nested, tokens, italic, bold);
                    break;
                case LiteralInline literal:
                    AddText(tokens, literal.Content.ToString(), italic, bold);
                    break;
                case CodeInline code:
                    AddText(tokens, code.Content, italic, bold);
                    break;
                case HtmlEntityInline entity:
                    AddText(tokens, entity.Transcoded.ToString(), italic, bold);
                    break;
            }
        }
    }

    private static void AddText(List<Token> tokens, string text, bool italic, bool bold)
    {
        if (text.Length > 0)
        {
            tokens.Add(new Token(TokenKind.Text, text, null, italic, bold));
        }
    }

    /// <summary>The visible text of a container (a link label), without Markdown.</summary>
    public static string PlainText(ContainerInline container)
    {
        var sb = new StringBuilder();
        Append(container, sb);
        return sb.ToString();
    }

    private static void Append(ContainerInline container, StringBuilder sb)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    sb.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    sb.Append(code.Content);
                    break;
                case AutolinkInline auto:
                    sb.Append(auto.Url);
                    break;
                case LineBreakInline:
                    sb.Append(' ');
                    break;
                case HtmlEntityInline entity:
                    sb.Append(entity.Transcoded.AsSpan());
                    break;
                case DelimiterInline delimiter:
                    sb.Append(delimiter.ToLiteral());
                    Append(delimiter, sb);
                    break;
                case ContainerInline nested:
                    Append(nested, sb);
                    break;
            }
        }
    }
}
