using System.Text;
using System.Text.RegularExpressions;

namespace DigestBot.Digests;

/// <summary>
/// The line that names the paper: "*italic title* [url](url)", "[2104.09044]title", "【2104.09044】title",
/// "【title】", or "plain title [https://…](…)". OpenEnded means the title's link or its end is on the next line.
/// </summary>
internal static partial class TitleLine
{
    public sealed record Read(string Title, string? ArxivId, List<string> Urls, bool OpenEnded);

    public static Read? TryRead(List<Token> tokens, string visible)
    {
        var id = BracketId().Match(visible);
        if (id.Success)
        {
            var urls = Links(tokens);
            var rest = id.Groups["rest"].Value;
            urls.AddRange(BareUrls.Find(rest));
            var title = Text.CleanLabel(BareUrls.Remove(rest));
            return new Read(title, id.Groups["id"].Value, urls, urls.Count > 0 || title.Length == 0);
        }

        if (visible.StartsWith('【') && visible.EndsWith('】') && !tokens.Any(t => t.Kind == TokenKind.Link))
        {
            return new Read(Text.CleanLabel(visible[1..^1]), null, [], false);
        }

        var first = tokens.FirstOrDefault(t => !t.IsBlank);
        if (first.Kind == TokenKind.Text && first.Italic)
        {
            return Italic(tokens);
        }

        return PlainWithAddress(tokens);
    }

    private static Read Italic(List<Token> tokens)
    {
        var italic = new StringBuilder();
        var i = 0;
        for (; i < tokens.Count && (tokens[i].IsBlank || tokens[i].Kind == TokenKind.Text && tokens[i].Italic); i++)
        {
            italic.Append(tokens[i].Text);
        }

        var lead = Text.Clean(italic.ToString());
        var urls = new List<string>();
        var tail = new StringBuilder();
        for (; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Link)
            {
                urls.Add(tokens[i].Url!);
            }
            else if (tokens[i].Kind == TokenKind.Text)
            {
                tail.Append(tokens[i].Text);
            }
        }

        var after = Text.Clean(tail.ToString());
        if (BareUrls.IsWholeUrl(lead))
        {
            urls.Insert(0, BareUrls.Find(lead).First());
            return new Read(Text.CleanLabel(after), null, urls, false);
        }

        urls.AddRange(BareUrls.Find(lead));
        urls.AddRange(BareUrls.Find(after));
        var title = Text.CleanLabel(BareUrls.Remove(lead));
        var continuation = Text.CleanLabel(BareUrls.Remove(after)).Trim('【', '】');
        if (continuation.Length is > 0 and < 80 && !continuation.Contains('。', StringComparison.Ordinal))
        {
            var sb = new StringBuilder(title);
            Text.AppendRunning(sb, continuation);
            title = sb.ToString();
        }

        return new Read(title, null, urls, urls.Count == 0);
    }

    private static Read? PlainWithAddress(List<Token> tokens)
    {
        var linkAt = tokens.FindIndex(t => t.Kind == TokenKind.Link && Lines.IsAddressLabel(t) && Text.Clean(t.Text).Length > 0);
        if (linkAt <= 0)
        {
            return null;
        }

        var before = Text.CleanLabel(Lines.VisibleText(tokens.Take(linkAt)).TrimEnd('【', ' '));
        if (before.Length is 0 or > 150 || before.Contains('。', StringComparison.Ordinal))
        {
            return null;
        }

        return new Read(before, null, Links(tokens), false);
    }

    private static List<string> Links(List<Token> tokens) =>
        tokens.Where(t => t.Kind == TokenKind.Link && !string.IsNullOrWhiteSpace(t.Url)).Select(t => t.Url!).ToList();

    [GeneratedRegex(@"^[\[【]\s*(?<id>\d{4}\.\d{4,5})(?:v\d+)?\s*[\]】]\s*(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex BracketId();
}
