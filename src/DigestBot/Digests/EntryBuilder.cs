using System.Text;

namespace DigestBot.Digests;

/// <summary>
/// Collects one entry from the blocks that follow its headline. The walker builds one entry at a time, so it keeps
/// one builder and <see cref="Start"/>s it again for each entry, reusing its lists and summary buffer.
/// </summary>
internal sealed partial class EntryBuilder
{
    private readonly List<string> cardUrls = new(2);
    private readonly List<string> bodyLinks = new(4);
    private readonly StringBuilder summary = new(256);
    private readonly LineText lineText = new();
    private Section section;
    private int line;
    private string headline = "";
    private string? headlineUrl;
    private bool fromHeading;
    private string? title;
    private string? titleUrl;
    private string? cardTitle;
    private string? bracketId;
    private bool titleMayContinue;

    /// <summary>Starts a new entry, forgetting everything about the previous one.</summary>
    public EntryBuilder Start(Section section, int line, string headline, string? headlineUrl, bool fromHeading)
    {
        (this.section, this.line, this.headline, this.headlineUrl, this.fromHeading) = (section, line, headline, headlineUrl, fromHeading);
        (title, titleUrl, cardTitle, bracketId, titleMayContinue) = (null, null, null, null, false);
        cardUrls.Clear();
        bodyLinks.Clear();
        summary.Clear();
        return this;
    }

    public bool FromHeading => fromHeading;

    public int Line => line;

    public bool HasLink => headlineUrl is not null || titleUrl is not null || cardUrls.Count > 0 || bodyLinks.Count > 0;

    public void AddCards(List<string> urls, List<string> titles)
    {
        if (urls.Count > 0)
        {
            cardUrls.AddRange(urls);
        }

        foreach (var t in titles)
        {
            if (cardTitle is null && t.Length > 0)
            {
                cardTitle = t;
            }
        }
    }

    /// <summary>Adds the links after the first (the first is the headline's own).</summary>
    public void AddLinksAfterFirst(List<string> urls)
    {
        for (var i = 1; i < urls.Count; i++)
        {
            bodyLinks.Add(urls[i]);
        }
    }

    /// <summary>
    /// Reads a paragraph (already free of embed cards) line by line. Returns the lines from the first one that
    /// opens another item (a second "[2104.09044]title" after this entry's prose), or null when all were read.
    /// </summary>
    public List<List<Token>>? AddParagraph(List<List<Token>> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var visible = lineText.Of(lines[i]);
            if (title is not null && summary.Length > 0 && TitleLine.StartsWithArxivId(visible))
            {
                return lines.GetRange(i, lines.Count - i);
            }

            AddLine(lines[i], visible, i + 1 < lines.Count ? lines[i + 1] : null);
        }

        titleMayContinue = false;
        return null;
    }

    /// <summary>Text of a list inside an entry: summary text and links.</summary>
    public void AddListItem(List<Token> tokens)
    {
        titleMayContinue = false;
        foreach (var tokenLine in Lines.Split(tokens))
        {
            var visible = lineText.Of(tokenLine);
            AddSummary(tokenLine, visible, BareUrls.MayHoldUrl(visible));
        }
    }

    /// <summary>
    /// Reads one line; its visible text is a span, made a string only where a title or a lone URL is read from it
    /// (most lines tried as a title are prose, which only needs to be searched).
    /// </summary>
    private void AddLine(List<Token> tokens, ReadOnlySpan<char> visible, List<Token>? next)
    {
        if (visible.Length == 0 || Text.IsArtefact(visible))
        {
            return;
        }

        // The tokens' text is part of the visible text: when it holds no URL, none of them does either.
        var mayHoldUrl = BareUrls.MayHoldUrl(visible);
        if (mayHoldUrl && AddWholeUrl(tokens, visible))
        {
            return;
        }

        if (titleMayContinue && ContinueTitle(tokens, visible))
        {
            return;
        }

        titleMayContinue = false;
        if (title is null && summary.Length == 0 && ReadTitle(tokens, visible, mayHoldUrl, next))
        {
            return;
        }

        if (Lines.IsAddressOnly(tokens) || IsImageCredit(visible))
        {
            Lines.AddLinks(tokens, bodyLinks);
            return;
        }

        AddSummary(tokens, visible, mayHoldUrl);
    }

    /// <summary>
    /// Adds a line of prose: its visible text to the summary, its links (and URLs written as text, unless the visible
    /// text shows there are none) to the entry's links.
    /// </summary>
    private void AddSummary(List<Token> tokens, ReadOnlySpan<char> visible, bool mayHoldUrl)
    {
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Link)
            {
                bodyLinks.Add(token.Url!);
            }
            else if (token.Kind == TokenKind.Text && mayHoldUrl && BareUrls.MayHoldUrl(token.Span))
            {
                // Only the piece that holds the URL is copied out to be searched.
                bodyLinks.AddRange(BareUrls.Find(token.Text));
            }
        }

        AppendSummary(visible);
    }

    private void AddSummaryText(string raw) => AppendSummary(Text.Clean(raw));

    /// <summary>Appends text that is already clean (a line's visible text).</summary>
    private void AppendSummary(ReadOnlySpan<char> text)
    {
        if (text.Length > 0 && !Text.IsArtefact(text))
        {
            Text.AppendRunning(summary, text);
        }
    }

    /// <summary>"图片引自本文", "图和标题摘自上述论文": where an image came from, not what the entry says.</summary>
    private static bool IsImageCredit(ReadOnlySpan<char> visible) =>
        visible.Length < 40
        && (visible.StartsWith("图", StringComparison.Ordinal) || visible.StartsWith("这张图", StringComparison.Ordinal)
            || visible.StartsWith("image", StringComparison.OrdinalIgnoreCase) || visible.StartsWith("figure", StringComparison.OrdinalIgnoreCase))
        && (visible.Contains("引自", StringComparison.Ordinal) || visible.Contains("摘自", StringComparison.Ordinal)
            || visible.Contains("来自", StringComparison.Ordinal) || visible.Contains("from", StringComparison.OrdinalIgnoreCase));
}
