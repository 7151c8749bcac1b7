using System.Text.RegularExpressions;

namespace DigestBot.Digests;

/// <summary>
/// The line that names the paper: "*italic title* [url](url)", "[2104.09044]title", "【2104.09044】title",
/// "【title】 prose…", "[title] prose…", "[title](url)" alone, or "plain title [https://…](…)".
/// OpenEnded: the title's link or the rest of the title is on the next line. Remainder: prose after the title.
/// </summary>
internal static partial class TitleLine
{
    public sealed record Read(string Title, string? ArxivId, List<string> Urls, bool OpenEnded, string Remainder = "");

    public static Read? TryRead(List<Token> tokens, string visible)
    {
        var first = Lines.FirstNonBlank(tokens);
        if (first.Kind == TokenKind.Text && first.Italic)
        {
            return Italic(tokens);
        }

        var bracket = visible.Length > 0 && visible[0] is '[' or '【';
        if (bracket && BracketId().Match(visible) is { Success: true } id)
        {
            return WithId(id.Groups["id"].Value, id.Groups["rest"].Value, Links(tokens));
        }

        if (bracket && !Lines.HasLink(tokens) && Bracketed().Match(visible) is { Success: true } bracketed
            && !BareUrls.IsWholeUrl(bracketed.Groups["title"].Value))
        {
            return new Read(Text.CleanLabel(bracketed.Groups["title"].Value), null, [], false, bracketed.Groups["rest"].Value);
        }

        if (first.Kind == TokenKind.Link && Lines.IsOnly(tokens, first) && !Lines.IsAddressLabel(first))
        {
            return new Read(Text.CleanLabel(first.Text), null, [first.Url!], false);
        }

        return PlainWithAddress(tokens) ?? (Lines.HasLink(tokens) ? null : PlainWithBareUrl(visible));
    }

    /// <summary>"通过求解 https://arxiv.org/abs/2101.08987": a short title with its address written as text.</summary>
    private static Read? PlainWithBareUrl(string visible)
    {
        var urls = BareUrls.Find(visible);
        if (urls.Count == 0 || visible.Contains('。', StringComparison.Ordinal))
        {
            return null;
        }

        var title = Text.CleanLabel(BareUrls.Remove(visible));
        return title.Length is > 0 and <= 120 ? new Read(title, null, [.. urls], true) : null;
    }

    /// <summary>A short line with no link and no sentence end, followed by a line holding its link.</summary>
    public static bool IsBareTitle(List<Token> line, string visible, List<Token>? next)
    {
        if (next is null || visible.Length > 120 || Lines.HasLink(line))
        {
            return false;
        }

        // A title may end with "。" when the next line is nothing but its link.
        if (Lines.IsAddressOnly(next) || BareUrls.IsWholeUrl(Text.WithoutArtefact(Lines.VisibleText(next)).Trim(Chars.CornerBrackets)))
        {
            return visible.IndexOf('。') is var stop && (stop < 0 || stop == visible.Length - 1);
        }

        if (Text.EndsSentence(visible))
        {
            return false;
        }

        if (Lines.FirstNonBlank(next).Kind == TokenKind.Link)
        {
            return true;
        }

        // "GMAT:变形金刚" then "全球记忆增强[https://arxiv.org/abs/2006.03274](…)": the title's second half carries the link.
        var nextVisible = Lines.VisibleText(next);
        return nextVisible.Length <= 80 && !Text.EndsSentence(nextVisible) && !nextVisible.Contains('。', StringComparison.Ordinal)
            && (Lines.HasLink(next) || BareUrls.Find(nextVisible).Count > 0);
    }

    private static Read WithId(string id, string rest, List<string> urls)
    {
        var mayHoldUrl = BareUrls.MayHoldUrl(rest);
        if (mayHoldUrl)
        {
            urls.AddRange(BareUrls.Find(rest));
        }

        var title = Text.CleanLabel(mayHoldUrl ? BareUrls.Remove(rest) : rest);
        return new Read(title, id, urls, urls.Count > 0 || title.Length == 0);
    }

    private static Read Italic(List<Token> tokens)
    {
        var sb = StringBuilderCache.Acquire();
        var i = 0;
        for (; i < tokens.Count && (tokens[i].IsBlank || tokens[i].Kind == TokenKind.Text && tokens[i].Italic); i++)
        {
            sb.Append(tokens[i].Span);
        }

        var lead = Text.Clean(sb.ToString());
        var urls = new List<string>();
        sb.Clear();
        for (; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Link)
            {
                urls.Add(tokens[i].Url!);
            }
            else if (tokens[i].Kind == TokenKind.Text)
            {
                sb.Append(tokens[i].Span);
            }
        }

        var after = Text.Clean(StringBuilderCache.ToStringAndRelease(sb));
        var leadMayHoldUrl = BareUrls.MayHoldUrl(lead);
        if (leadMayHoldUrl && BareUrls.IsWholeUrl(lead))
        {
            urls.Insert(0, BareUrls.Find(lead)[0]);
            return new Read(Text.LabelOfClean(after), null, urls, false);
        }

        var (continuation, remainder) = IsContinuation(after) ? (after, "") : ("", after);
        if (lead.Length > 0 && lead[0] is '[' or '【' && BracketId().Match(lead) is { Success: true } id)
        {
            var read = WithId(id.Groups["id"].Value, id.Groups["rest"].Value, urls);
            return read with { Remainder = remainder };
        }

        var inline = leadMayHoldUrl ? BareUrls.Find(lead) : [];
        urls.AddRange(inline);
        var continuationMayHoldUrl = BareUrls.MayHoldUrl(continuation);
        if (continuationMayHoldUrl)
        {
            urls.AddRange(BareUrls.Find(continuation));
        }

        var title = StringBuilderCache.Acquire().Append(leadMayHoldUrl ? Text.CleanLabel(BareUrls.Remove(lead)) : Text.LabelOfClean(lead));
        Text.AppendRunning(title, (continuationMayHoldUrl ? Text.CleanLabel(BareUrls.Remove(continuation)) : Text.LabelOfClean(continuation)).Trim(Chars.CornerBrackets));
        return new Read(StringBuilderCache.ToStringAndRelease(title), null, urls, urls.Count == 0 || inline.Count > 0, remainder);
    }

    private static bool IsContinuation(string after) =>
        after.Length < 80 && !after.Contains('。', StringComparison.Ordinal) && !Text.EndsSentence(after);

    private static Read? PlainWithAddress(List<Token> tokens)
    {
        var linkAt = tokens.FindIndex(t => t.Kind == TokenKind.Link && Lines.IsAddressLabel(t) && Text.Clean(t.Text).Length > 0);
        if (linkAt <= 0)
        {
            return null;
        }

        var before = Text.CleanLabel(Lines.VisibleText(tokens, 0, linkAt).TrimEnd(Chars.OpenCornerOrSpace));
        if (before.Length is 0 or > 150 || before.Contains('。', StringComparison.Ordinal))
        {
            return null;
        }

        var after = Lines.VisibleText(tokens, linkAt + 1);
        var (continuation, remainder) = IsContinuation(after) ? (after, "") : ("", after);
        var title = StringBuilderCache.Acquire().Append(before);
        Text.AppendRunning(title, Text.LabelOfClean(continuation).Trim(Chars.CornerBrackets));
        return new Read(StringBuilderCache.ToStringAndRelease(title), null, Links(tokens), false, remainder);
    }

    private static List<string> Links(List<Token> tokens)
    {
        var urls = new List<string>();
        Lines.AddLinks(tokens, urls);
        return urls;
    }

    /// <summary>True when a line names a paper by arXiv id ("[2104.09044]…"): in an entry that already has prose, a new item.</summary>
    public static bool StartsWithArxivId(ReadOnlySpan<char> visible) => visible.Length > 0 && visible[0] is '[' or '【' && BracketId().IsMatch(visible);

    [GeneratedRegex(@"^[\[【]\s*(?<id>\d{4}\.\d{4,5})(?:v\d+)?\s*[\]】]\s*(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex BracketId();

    [GeneratedRegex(@"^(?:【(?<title>[^【】]{2,200})】|\[(?<title>[^\[\]]{2,200})\])\s*(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Bracketed();
}
