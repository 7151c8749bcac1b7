using System.Globalization;
using System.Text;

namespace DigestBot.Tests.Fakes;

/// <summary>
/// Telegram's HTML parse mode as the Bot API applies it: the supported tags, properly nested; the four named
/// entities and numeric ones. Returns the visible text, or the error description Telegram gives.
/// </summary>
public static class TelegramHtml
{
    private static readonly HashSet<string> Tags =
        ["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "code", "pre", "blockquote", "tg-emoji"];

    public static (string? Text, string? Error) Parse(string html)
    {
        var text = new StringBuilder();
        var open = new Stack<string>();
        for (var i = 0; i < html.Length; i++)
        {
            var c = html[i];
            if (c == '&')
            {
                i = Entity(html, i, text);
                continue;
            }

            if (c != '<')
            {
                text.Append(c);
                continue;
            }

            var close = html.IndexOf('>', i);
            var offset = Encoding.UTF8.GetByteCount(html.AsSpan(0, i));
            if (close < 0)
            {
                return (null, $"can't parse entities: Unclosed start tag at byte offset {offset}");
            }

            var inside = html[(i + 1)..close];
            var closing = inside.StartsWith('/');
            var name = (closing ? inside[1..] : inside).Split(' ', 2)[0].ToLowerInvariant();
            if (name.Length == 0 || !Tags.Contains(name))
            {
                return (null, closing
                    ? $"can't parse entities: Unexpected end tag at byte offset {offset}"
                    : $"can't parse entities: Unsupported start tag \"{name}\" at byte offset {offset}");
            }

            if (!closing)
            {
                open.Push(name);
            }
            else if (open.Count == 0 || open.Pop() != name)
            {
                return (null, $"can't parse entities: Can't find end tag corresponding to start tag \"{name}\"");
            }

            i = close;
        }

        return open.Count > 0
            ? (null, $"can't parse entities: Can't find end tag corresponding to start tag \"{open.Peek()}\"")
            : (text.ToString(), null);
    }

    private static int Entity(string html, int at, StringBuilder text)
    {
        var end = html.IndexOf(';', at);
        var name = end > at ? html[(at + 1)..end] : "";
        string? decoded = name switch
        {
            "lt" => "<",
            "gt" => ">",
            "amp" => "&",
            "quot" => "\"",
            ['#', 'x' or 'X', .. var hex] when int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var v) => char.ConvertFromUtf32(v),
            ['#', .. var dec] when int.TryParse(dec, NumberStyles.None, CultureInfo.InvariantCulture, out var v) => char.ConvertFromUtf32(v),
            _ => null,
        };
        if (decoded is null)
        {
            text.Append('&');
            return at;
        }

        text.Append(decoded);
        return end;
    }
}
