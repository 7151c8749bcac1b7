namespace DigestBot.Digests;

/// <summary>
/// The line that names the paper: "*italic title* [url](url)", "[2104.09044]title", "【2104.09044】title",
/// "【title】 prose…", "[title] prose…", "[title](url)" alone, or "plain title [https://…](…)".
/// OpenEnded: the title's link or the rest of the title is on the next line. Remainder: prose after the title.
/// </summary>
internal static class TitleLine
{
    public sealed record Read(string Title, string? ArxivId, List<string> Urls, bool OpenEnded, string Remainder = "");

    /// <summary>
    /// Reads the title from a line, or null. <paramref name="mayHoldUrl"/> is <see cref="BareUrls.MayHoldUrl"/> of
    /// <paramref name="visible"/>: most lines tried are prose with no link, no bracket and no URL, which is settled
    /// by these checks alone.
    /// </summary>
    public static Read? TryRead(List<Token> tokens, ReadOnlySpan<char> visible, bool mayHoldUrl)
    {
        var first = Lines.FirstNonBlank(tokens);
        if (first.Kind == TokenKind.Text && first.Italic)
        {
            return Italic(tokens);
        }

        var bracket = visible.Length > 0 && visible[0] is '[' or '【';
        if (bracket && TryBracketId(visible, out var id, out var rest))
        {
            return WithId(visible[id].ToString(), visible[rest], Links(tokens));
        }

        var hasLink = Lines.HasLink(tokens);
        if (bracket && !hasLink && TryBracketed(visible, out var bracketed, out rest) && !BareUrls.IsWholeUrl(visible[bracketed]))
        {
            return new Read(Text.LabelOfClean(Text.Clean(visible[bracketed])), null, [], false, visible[rest].ToString());
        }

        if (!hasLink)
        {
            // Without a link the line is neither a link title nor a title before its address.
            return mayHoldUrl ? PlainWithBareUrl(visible.ToString()) : null;
        }

        if (first.Kind == TokenKind.Link && Lines.IsOnly(tokens, first) && !Lines.IsAddressLabel(first))
        {
            return new Read(Text.CleanLabel(first.Text), null, [first.Url!], false);
        }

        return PlainWithAddress(tokens);
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

    private static Read WithId(string id, ReadOnlySpan<char> rest, List<string> urls)
    {
        string title;
        if (BareUrls.MayHoldUrl(rest))
        {
            var text = rest.ToString();
            urls.AddRange(BareUrls.Find(text));
            title = Text.CleanLabel(BareUrls.Remove(text));
        }
        else
        {
            title = Text.LabelOfClean(Text.Clean(rest));
        }

        return new Read(title, id, urls, urls.Count > 0 || title.Length == 0);
    }

    /// <summary>
    /// "*title* [url](url)", "*【2104.09044】title*": the italic lead is the title (or holds its id); the text after
    /// it continues the title when short, else it is prose. The usual line is one italic piece and nothing else.
    /// </summary>
    private static Read Italic(List<Token> tokens)
    {
        var i = 0;
        while (i < tokens.Count && (tokens[i].IsBlank || tokens[i].Kind == TokenKind.Text && tokens[i].Italic))
        {
            i++;
        }

        // The lead is text pieces only, so its visible text is the cleaned text of those pieces.
        var lead = Lines.VisibleText(tokens, 0, i);
        var urls = new List<string>();
        var texts = 0;
        var lastText = 0;
        for (var j = i; j < tokens.Count; j++)
        {
            if (tokens[j].Kind == TokenKind.Link)
            {
                urls.Add(tokens[j].Url!);
            }
            else if (tokens[j].Kind == TokenKind.Text)
            {
                (texts, lastText) = (texts + 1, j);
            }
        }

        var after = texts switch
        {
            0 => "",
            1 => tokens[lastText].CleanText(),
            _ => TextAfter(tokens, i),
        };
        var leadMayHoldUrl = BareUrls.MayHoldUrl(lead);
        if (leadMayHoldUrl && BareUrls.IsWholeUrl(lead))
        {
            urls.Insert(0, BareUrls.Find(lead)[0]);
            return new Read(Text.LabelOfClean(after), null, urls, false);
        }

        var (continuation, remainder) = IsContinuation(after) ? (after, "") : ("", after);
        if (lead.Length > 0 && lead[0] is '[' or '【' && TryBracketId(lead, out var id, out var rest))
        {
            var read = WithId(lead[id], lead.AsSpan(rest), urls);
            return read with { Remainder = remainder };
        }

        var inline = leadMayHoldUrl ? BareUrls.Find(lead) : [];
        urls.AddRange(inline);
        var continuationMayHoldUrl = BareUrls.MayHoldUrl(continuation);
        if (continuationMayHoldUrl)
        {
            urls.AddRange(BareUrls.Find(continuation));
        }

        var head = leadMayHoldUrl ? Text.CleanLabel(BareUrls.Remove(lead)) : Text.LabelOfClean(lead);
        var tail = (continuationMayHoldUrl ? Text.CleanLabel(BareUrls.Remove(continuation)) : Text.LabelOfClean(continuation)).Trim(Chars.CornerBrackets);
        var title = tail.Length == 0 ? head : StringBuilderCache.ToStringAndRelease(AppendRunning(head, tail));
        return new Read(title, null, urls, urls.Count == 0 || inline.Count > 0, remainder);
    }

    /// <summary>The cleaned text of the text pieces from <paramref name="from"/> on (link labels left out).</summary>
    private static string TextAfter(List<Token> tokens, int from)
    {
        var sb = StringBuilderCache.Acquire();
        for (var j = from; j < tokens.Count; j++)
        {
            if (tokens[j].Kind == TokenKind.Text)
            {
                sb.Append(tokens[j].Span);
            }
        }

        return Text.Clean(StringBuilderCache.ToStringAndRelease(sb));
    }

    /// <summary>A cached builder holding the two pieces joined as running text.</summary>
    private static System.Text.StringBuilder AppendRunning(string head, string tail)
    {
        var sb = StringBuilderCache.Acquire().Append(head);
        Text.AppendRunning(sb, tail);
        return sb;
    }

    private static bool IsContinuation(string after) =>
        after.Length < 80 && !after.Contains('。', StringComparison.Ordinal) && !Text.EndsSentence(after);

    private static Read? PlainWithAddress(List<Token> tokens)
    {
        var linkAt = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            // A link showing its address, not an empty label.
            if (tokens[i].Kind == TokenKind.Link && Lines.ShowsAddress(tokens[i]))
            {
                linkAt = i;
                break;
            }
        }

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
    public static bool StartsWithArxivId(ReadOnlySpan<char> visible) => TryBracketId(visible, out _, out _);

    /// <summary>
    /// "[2104.09044]rest", "【 2104.09044v2 】 rest": what <c>^[\[【]\s*(?&lt;id&gt;\d{4}\.\d{4,5})(?:v\d+)?\s*[\]】]\s*(?&lt;rest&gt;.*)$</c>
    /// matches, read by hand: each such line is read once, and a regex match's objects cost more than the reading.
    /// As in .NET's regex, \s and \d are char.IsWhiteSpace and char.IsDigit. None of its parts can give back what it
    /// took and still match, so one pass settles it.
    /// </summary>
    private static bool TryBracketId(ReadOnlySpan<char> text, out Range id, out Range rest)
    {
        (id, rest) = (default, default);
        if (text.Length == 0 || text[0] is not ('[' or '【'))
        {
            return false;
        }

        var start = SkipWhiteSpace(text, 1);
        if (Digits(text, start) != 4 || start + 4 >= text.Length || text[start + 4] != '.')
        {
            return false;
        }

        var minor = Digits(text, start + 5);
        if (minor is not (4 or 5))
        {
            return false; // \d{4,5} then no further digit: a longer run fails whatever it gives back
        }

        var at = start + 5 + minor;
        id = start..at;
        if (at + 1 < text.Length && text[at] == 'v' && char.IsDigit(text[at + 1]))
        {
            at += 1 + Digits(text, at + 1);
        }

        at = SkipWhiteSpace(text, at);
        return at < text.Length && text[at] is ']' or '】' && TryRest(text, SkipWhiteSpace(text, at + 1), out rest);
    }

    /// <summary>
    /// "【title】 rest", "[title] rest": what <c>^(?:【(?&lt;title&gt;[^【】]{2,200})】|\[(?&lt;title&gt;[^\[\]]{2,200})\])\s*(?&lt;rest&gt;.*)$</c>
    /// matches, read by hand as <see cref="TryBracketId"/> is.
    /// </summary>
    private static bool TryBracketed(ReadOnlySpan<char> text, out Range title, out Range rest)
    {
        (title, rest) = (default, default);
        if (text.Length == 0 || text[0] is not ('[' or '【'))
        {
            return false;
        }

        var (open, close) = text[0] == '[' ? ('[', ']') : ('【', '】');
        var length = text[1..].IndexOfAny(open, close);
        if (length is < 2 or > 200 || text[1 + length] != close)
        {
            return false;
        }

        title = 1..(1 + length);
        return TryRest(text, SkipWhiteSpace(text, 2 + length), out rest);
    }

    /// <summary>The <c>(?&lt;rest&gt;.*)$</c> of both patterns: the text from here, unless a line break other than a final one follows.</summary>
    private static bool TryRest(ReadOnlySpan<char> text, int from, out Range rest)
    {
        var lineEnd = text[from..].IndexOf('\n');
        var end = lineEnd < 0 ? text.Length : from + lineEnd;
        rest = from..end;
        return end >= text.Length - 1;
    }

    private static int SkipWhiteSpace(ReadOnlySpan<char> text, int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at;
    }

    private static int Digits(ReadOnlySpan<char> text, int at)
    {
        var count = 0;
        while (at + count < text.Length && char.IsDigit(text[at + count]))
        {
            count++;
        }

        return count;
    }
}
