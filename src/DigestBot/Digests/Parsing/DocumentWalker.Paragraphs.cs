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
        section is not null || !header.HasTitle || !sawSection && (header.NeedsIntro || paragraph.Span.Length <= 60);

    private void VisitParagraph(ParagraphBlock paragraph)
    {
        if (!IsRead(paragraph))
        {
            return;
        }

        var (tokens, line) = (InlineTokens.Read(paragraph), paragraph.Line + 1);
        if (!header.HasTitle)
        {
            header.SetTitle(TokenLines.VisibleText(TokenLines.Split(tokens).FirstOrDefault() ?? []), line);
            return;
        }

        List<string> cardUrls = [], cardTitles = [];
        var kept = cards.Filter(tokens, cardUrls, cardTitles);
        if (TokenLines.IsSeparator(kept))
        {
            entry?.AddCards(cardUrls, cardTitles);
            return;
        }

        if (section is not { } current)
        {
            IntroParagraph(TokenLines.VisibleText(kept));
            return;
        }

        if (IsPlug(kept))
        {
            CloseEntry(); // "我的 github 上许多论文的摘要。": a plug written as a paragraph ends the content
            section = null;
            return;
        }

        var lines = TokenLines.Split(kept);
        var linkLedAllowed = entry is null || !(entry.FromHeading && !entry.HasLink);
        if (EntryOpenings.Opens(lines[0], linkLedAllowed))
        {
            CloseEntry();
            OpenEntry(current, line, lines[0], fromHeading: false);
            lines.RemoveAt(0);
        }
        else if (entry is null)
        {
            problems.Add(line, $"text before the first entry of section {current.Slug()} is ignored");
            return;
        }

        entry!.AddCards(cardUrls, cardTitles);
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
        while (entry!.AddParagraph(lines) is { } rest)
        {
            consumed += lines.Count - rest.Count;
            CloseEntry();
            entry = new EntryBuilder(current, line + consumed, "", null, fromHeading: false);
            lines = rest;
        }
    }

    private void IntroParagraph(string visible)
    {
        if (sawSection)
        {
            return;
        }

        header.IntroText(visible);
        if (visible.Length <= 20)
        {
            collectingPicks = SectionHeadings.ClassifyClean(visible, true).Role switch
            {
                HeadingRole.Picks => picks,
                HeadingRole.IntroFeatured => featuredPicks,
                _ => collectingPicks,
            };
        }
    }
}
