using System.Text.RegularExpressions;

namespace DigestBot.Digests.Parsing;

/// <summary>
/// The line that names the paper: "*italic title* [url](url)", "[2104.09044]title", "【2104.09044】title",
/// "【title】 prose…", "[title] prose…", "[title](url)" alone, or "plain title [https://…](…)".
/// OpenEnded: the title's link or the rest of the title is on the next line. Remainder: prose after the title.
/// </summary>
internal static partial class PaperTitles
{
    public sealed record Read(string Title, string? ArxivId, List<string> Urls, bool OpenEnded, string Remainder = "");

    /// <summary>Reads the title from a line (whose visible text is <paramref name="visible"/>), or null.</summary>
    public static Read? TryRead(List<Token> tokens, string visible)
    {
        var first = TokenLines.FirstNonBlank(tokens);
        if (first.Kind == TokenKind.Text && first.Italic)
        {
            return Italic(tokens);
        }

        if (BracketId().Match(visible) is { Success: true } id)
        {
            return WithId(id.Groups["id"].Value, id.Groups["rest"].Value, TokenLines.Links(tokens));
        }

        var hasLink = TokenLines.HasLink(tokens);
        if (!hasLink && Bracketed().Match(visible) is { Success: true } bracketed && !BareUrls.IsWholeUrl(bracketed.Groups["title"].Value))
        {
            return new Read(Text.CleanLabel(bracketed.Groups["title"].Value), null, [], false, bracketed.Groups["rest"].Value);
        }

        if (!hasLink)
        {
            // Without a link the line is neither a link title nor a title before its address.
            return PlainWithBareUrl(visible);
        }

        if (first.Kind == TokenKind.Link && TokenLines.IsOnly(tokens, first) && !TokenLines.IsAddressLabel(first))
        {
            return new Read(Text.CleanLabel(first.Text), null, [.. first.Urls], false);
        }

        return PlainWithAddress(tokens);
    }

    /// <summary>True when a line names a paper by arXiv id ("[2104.09044]…"): in an entry that already has prose, a new item.</summary>
    public static bool StartsWithArxivId(string visible) => BracketId().IsMatch(visible);

    /// <summary>"通过求解 https://arxiv.org/abs/2101.08987": a short title with its address written as text.</summary>
    private static Read? PlainWithBareUrl(string visible)
    {
        var urls = BareUrls.Find(visible);
        if (urls.Count == 0 || visible.Contains('。', StringComparison.Ordinal))
        {
            return null;
        }

        var title = Text.CleanLabel(BareUrls.Remove(visible));
        return title.Length is > 0 and <= 120 ? new Read(title, null, urls, true) : null;
    }

    /// <summary>A short line with no link and no sentence end, followed by a line holding its link.</summary>
    public static bool IsBareTitle(List<Token> line, string visible, List<Token>? next)
    {
        if (next is null || visible.Length > 120 || TokenLines.HasLink(line))
        {
            return false;
        }

        // A title may end with "。" when the next line is nothing but its link.
        var nextVisible = TokenLines.VisibleText(next);
        if (TokenLines.IsAddressOnly(next) || BareUrls.IsWholeUrl(Text.WithoutArtefact(nextVisible).Trim('【', '】')))
        {
            return visible.IndexOf('。', StringComparison.Ordinal) is var stop && (stop < 0 || stop == visible.Length - 1);
        }

        if (Text.EndsSentence(visible))
        {
            return false;
        }

        // "GMAT:变形金刚" then "全球记忆增强[https://arxiv.org/abs/2006.03274](…)": the title's second half carries the link.
        return TokenLines.FirstNonBlank(next).Kind == TokenKind.Link
            || nextVisible.Length <= 80 && !Text.EndsSentence(nextVisible) && !nextVisible.Contains('。', StringComparison.Ordinal)
                && (TokenLines.HasLink(next) || BareUrls.Find(nextVisible).Count > 0);
    }

    private static Read WithId(string id, string rest, List<string> urls)
    {
        urls.AddRange(BareUrls.Find(rest));
        var title = Text.CleanLabel(BareUrls.Remove(rest));
        return new Read(title, id, urls, urls.Count > 0 || title.Length == 0);
    }

    /// <summary>
    /// "*title* [url](url)", "*【2104.09044】title*": the italic lead is the title (or holds its id); the text after
    /// it continues the title when short, else it is prose.
    /// </summary>
    private static Read Italic(List<Token> tokens)
    {
        var leadCount = tokens.TakeWhile(t => t.IsBlank || t.Kind == TokenKind.Text && t.Italic).Count();
        var lead = TokenLines.VisibleText(tokens, 0, leadCount);
        var rest = tokens.Skip(leadCount).ToList();
        var urls = rest.Where(t => t.Kind == TokenKind.Link).SelectMany(t => t.Urls).ToList();
        var after = Text.Clean(string.Concat(rest.Where(t => t.Kind == TokenKind.Text).Select(t => t.Text)));
        if (BareUrls.IsWholeUrl(lead))
        {
            urls.Insert(0, BareUrls.Find(lead)[0]);
            return new Read(Text.LabelOfClean(after), null, urls, false);
        }

        var (continuation, remainder) = IsContinuation(after) ? (after, "") : ("", after);
        if (BracketId().Match(lead) is { Success: true } id)
        {
            return WithId(id.Groups["id"].Value, id.Groups["rest"].Value, urls) with { Remainder = remainder };
        }

        var inline = BareUrls.Find(lead);
        urls.AddRange(inline);
        urls.AddRange(BareUrls.Find(continuation));
        var head = Text.CleanLabel(BareUrls.Remove(lead));
        var tail = Text.CleanLabel(BareUrls.Remove(continuation)).Trim('【', '】');
        return new Read(Text.JoinRunning(head, tail), null, urls, urls.Count == 0 || inline.Count > 0, remainder);
    }

    private static bool IsContinuation(string after) =>
        after.Length < 80 && !after.Contains('。', StringComparison.Ordinal) && !Text.EndsSentence(after);

    /// <summary>"plain title [https://…](…) rest": the text before a link that shows an address is the title.</summary>
    private static Read? PlainWithAddress(List<Token> tokens)
    {
        // A link showing its address, not an empty label.
        var linkAt = tokens.FindIndex(t => t.Kind == TokenKind.Link && TokenLines.ShowsAddress(t));
        if (linkAt <= 0)
        {
            return null;
        }

        var before = Text.CleanLabel(TokenLines.VisibleText(tokens, 0, linkAt).TrimEnd('【', ' '));
        if (before.Length is 0 or > 150 || before.Contains('。', StringComparison.Ordinal))
        {
            return null;
        }

        var after = TokenLines.VisibleText(tokens, linkAt + 1);
        var (continuation, remainder) = IsContinuation(after) ? (after, "") : ("", after);
        var title = Text.JoinRunning(before, Text.LabelOfClean(continuation).Trim('【', '】'));
        return new Read(title, null, TokenLines.Links(tokens), false, remainder);
    }

    [GeneratedRegex(@"^[\[【]\s*(?<id>\d{4}\.\d{4,5})(?:v\d+)?\s*[\]】]\s*(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex BracketId();

    [GeneratedRegex(@"^(?:【(?<title>[^【】]{2,200})】|\[(?<title>[^\[\]]{2,200})\])\s*(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Bracketed();
}
