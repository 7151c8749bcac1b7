using System.Text;

namespace DigestBot.Posts;

/// <summary>
/// Telegram, HTML parse mode: the headline in bold, the sentence, the link (which Telegram previews). Every text
/// and attribute is escaped; the limit is 4096 UTF-16 code units of the text after entity parsing.
/// </summary>
public sealed class TelegramFormat(string language = "en") : IPostFormat
{
    public const string Name = "telegram";

    public string Channel => Name;

    public int Limit => 4096;

    public string Language => language;

    public int Measure(PostParts parts) => PlainText.Join(parts.Headline, parts.Sentence, parts.Url).Length;

    public (string Text, IReadOnlyList<PostLink> Links) Render(PostParts parts)
    {
        var headline = parts.Headline.Length > 0 ? $"<b>{Escape(parts.Headline)}</b>" : "";
        var link = parts.Url is { } url ? $"<a href=\"{Escape(url)}\">{Escape(url)}</a>" : null;
        return (PlainText.Join(headline, Escape(parts.Sentence), link), []);
    }

    /// <summary>The four entities Telegram's HTML mode requires: &amp;amp; &amp;lt; &amp;gt; and &amp;quot; (for attributes).</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"") < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => null,
            } ?? c.ToString());
        }

        return sb.ToString();
    }
}
