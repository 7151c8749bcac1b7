using System.Text;
using Markdig.Syntax.Inlines;

namespace DigestBot.Digests;

/// <summary>Link labels: the text of a link or image, however its label is nested.</summary>
internal sealed partial class TokenReader
{
    /// <summary>The visible text of a container (a link label), without Markdown.</summary>
    private string PlainText(ContainerInline container)
    {
        switch (container.FirstChild)
        {
            case null:
                return ""; // "![](img/…png)": most images have no alt text
            case LiteralInline only when only.NextSibling is null:
                return only.Content.ToString();
        }

        label.Clear();
        Append(container, label);
        return label.ToString();
    }

    private static void Append(ContainerInline container, StringBuilder sb)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    sb.Append(literal.Content.Text, literal.Content.Start, literal.Content.Length);
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
                    sb.Append(entity.Transcoded.Text, entity.Transcoded.Start, entity.Transcoded.Length);
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
