using System.Text;
using DigestBot.Posts;

namespace DigestBot.Commands;

/// <summary>The HTML of answers: escaped text, and long answers split into messages between blocks.</summary>
public static class Html
{
    public const int Limit = 4096;

    public static string Escape(string text) => TelegramFormat.Escape(text);

    public static string Bold(string text) => $"<b>{Escape(text)}</b>";

    public static string Link(string url, string? text = null) => $"<a href=\"{Escape(url)}\">{Escape(text ?? url)}</a>";

    /// <summary>
    /// Joins blocks with blank lines into as few messages as fit in 4096 characters as Telegram counts them (after
    /// entity parsing: tags do not count, an entity counts as one); a split falls between blocks, and only a block
    /// longer than a whole message is cut (at a line, else anywhere but inside a tag or entity).
    /// </summary>
    public static CommandReply Messages(IEnumerable<string> blocks)
    {
        var messages = new List<string>();
        var current = new StringBuilder();
        var visible = 0;
        foreach (var block in blocks.SelectMany(b => VisibleLength(b) <= Limit ? [b] : Cut(b)))
        {
            var length = VisibleLength(block);
            if (current.Length > 0 && visible + 2 + length > Limit)
            {
                messages.Add(current.ToString());
                current.Clear();
            }

            visible = current.Length > 0 ? visible + 2 + length : length;
            current.Append(current.Length > 0 ? "\n\n" : "").Append(block);
        }

        if (current.Length > 0)
        {
            messages.Add(current.ToString());
        }

        return new CommandReply(messages);
    }

    /// <summary>The length Telegram limits: UTF-16 code units of the text once tags are dropped and entities decoded.</summary>
    public static int VisibleLength(string html)
    {
        var length = 0;
        for (var i = 0; i < html.Length; i++)
        {
            if (html[i] == '<' && html.IndexOf('>', i) is var close and > 0)
            {
                i = close; // a tag shows nothing
                continue;
            }

            if (html[i] == '&' && html.IndexOf(';', i) is var semicolon and > 0)
            {
                i = semicolon; // an entity shows one character
            }

            length++;
        }

        return length;
    }

    /// <summary>
    /// The text a person reads, for the console: tags dropped, a link whose text is not its address followed by the
    /// address in brackets, the four entities decoded.
    /// </summary>
    public static string ToPlain(string html)
    {
        var text = new StringBuilder(html.Length);
        string? href = null;
        var linkStart = 0;
        for (var i = 0; i < html.Length; i++)
        {
            if (html[i] != '<' || html.IndexOf('>', i) is not (var close and > 0))
            {
                text.Append(html[i]);
                continue;
            }

            var tag = html[(i + 1)..close];
            if (tag.StartsWith("a href=\"", StringComparison.Ordinal))
            {
                (href, linkStart) = (tag[8..^1], text.Length);
            }
            else if (tag == "/a" && href is not null && text.ToString(linkStart, text.Length - linkStart) != href)
            {
                text.Append(" (").Append(href).Append(')');
            }

            i = close;
        }

        return text.Replace("&lt;", "<").Replace("&gt;", ">").Replace("&quot;", "\"").Replace("&amp;", "&").ToString();
    }

    private static IEnumerable<string> Cut(string block)
    {
        var at = 0;
        while (block.Length - at > Limit)
        {
            var end = block.LastIndexOf('\n', at + Limit - 1, Limit);
            end = end > at ? end : SafeEnd(block, at + Limit);
            yield return block[at..end];
            at = block[end] == '\n' ? end + 1 : end;
        }

        yield return block[at..];
    }

    /// <summary>The latest end at or before <paramref name="end"/> that is not inside a tag or an entity.</summary>
    private static int SafeEnd(string block, int end)
    {
        var tag = block.LastIndexOf('<', end - 1);
        if (tag >= 0 && block.IndexOf('>', tag) >= end)
        {
            end = tag;
        }

        var entity = block.LastIndexOf('&', end - 1);
        return entity >= 0 && entity > end - 8 && block.IndexOf(';', entity) >= end ? entity : end;
    }
}
