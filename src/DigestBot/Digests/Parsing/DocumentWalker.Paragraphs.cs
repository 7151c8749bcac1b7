using Markdig.Syntax;

namespace DigestBot.Digests.Parsing;

/// <summary>Paragraphs: intro text, entry openings and the lines of an entry.</summary>
internal sealed partial class DocumentWalker
{
    /// <summary>
    /// Outside the sections a paragraph is read only for what it can give: the title, the intro's statement of the week
    /// while that is still unknown, or a short label (60 characters as written) for the picks list after it. Text
    /// between or after footers is not read at all, so an embed card there cannot hide the headings after it.
    /// </summary>
    private bool IsRead(ParagraphBlock paragraph) =>
        _section is not null || !_header.HasTitle || !_sawSection && (_header.NeedsIntro || paragraph.Span.Length <= 60);

    private void VisitParagraph(ParagraphBlock paragraph)
    {
        if (!IsRead(paragraph))
        {
            return;
        }

        var (tokens, line) = (InlineTokens.Read(paragraph), paragraph.Line + 1);
        if (!_header.HasTitle)
        {
            _header.SetTitle(TokenLines.VisibleText(TokenLines.Split(tokens).FirstOrDefault() ?? []), line);
            return;
        }

        List<string> cardUrls = [], cardTitles = [];
        var kept = _cards.Filter(tokens, cardUrls, cardTitles);
        if (TokenLines.IsSeparator(kept))
        {
            _entry?.AddCards(cardUrls, cardTitles);
            return;
        }

        if (_section is not { } current)
        {
            IntroParagraph(TokenLines.VisibleText(kept));
            return;
        }

        if (IsPlug(kept))
        {
            CloseEntry(); // "我的 github 上许多论文的摘要。": a plug written as a paragraph ends the content
            _section = null;
            return;
        }

        var lines = TokenLines.Split(kept);
        var linkLedAllowed = _entry is null || !(_entry.FromHeading && !_entry.HasLink);
        if (EntryOpenings.Opens(lines[0], linkLedAllowed))
        {
            CloseEntry();
            OpenEntry(current, line, lines[0], fromHeading: false);
            lines.RemoveAt(0);
        }
        else if (_entry is null)
        {
            problems.Add(line, $"text before the first entry of section {current.Slug()} is ignored");
            return;
        }

        _entry!.AddCards(cardUrls, cardTitles);
        AddLines(current, lines, line);
    }

    /// <summary>A footer written as a paragraph: no link, at most 60 characters as written and 30 as shown.</summary>
    private static bool IsPlug(List<Token> tokens) =>
        !tokens.Exists(t => t.Kind == TokenKind.Link) && TokenLines.RawText(tokens).Length <= 60
        && TokenLines.VisibleText(tokens) is { Length: <= 30 } plug && SectionHeadings.ClassifyClean(plug, true).Role == HeadingRole.Footer;

    /// <summary>Feeds lines to the current entry; a line naming another paper by arXiv id starts a new entry.</summary>
    private void AddLines(Section current, List<List<Token>> lines, int line)
    {
        var consumed = 0;
        while (_entry!.AddParagraph(lines) is { } rest)
        {
            consumed += lines.Count - rest.Count;
            CloseEntry();
            _entry = new EntryBuilder(current, line + consumed, "", null, fromHeading: false);
            lines = rest;
        }
    }

    private void IntroParagraph(string visible)
    {
        if (_sawSection)
        {
            return;
        }

        _header.IntroText(visible);
        if (visible.Length <= 20)
        {
            _collectingPicks = SectionHeadings.ClassifyClean(visible, true).Role switch
            {
                HeadingRole.Picks => _picks,
                HeadingRole.IntroFeatured => _featuredPicks,
                _ => _collectingPicks,
            };
        }
    }
}
