using Markdig.Syntax;

namespace DigestBot.Digests;

/// <summary>Paragraphs: intro text, entry openings and the lines of an entry.</summary>
internal sealed partial class DocumentWalker
{
    /// <summary>
    /// Text after a footer is never content, and a long intro paragraph matters only while the week is unknown:
    /// such paragraphs are not read at all. A short one may still label the picks list that follows.
    /// </summary>
    private bool NeedsReading(ParagraphBlock paragraph) =>
        section is not null || !header.HasTitle
        || (!sawSection && (header.NeedsIntro || paragraph.Span.Length <= 60));

    /// <summary>
    /// A paragraph of images only (<see cref="LazyInlines.ShowsOnlyImages"/>) is not read once the title is set:
    /// its tokens, images and text of stars and spaces, end the reading at the separator check with the card lists
    /// empty (such text neither opens a card, having no "#", nor closes one, having no "]("), so reading it changes
    /// nothing. Skipping it saves Markdig's inline parse of one block in five.
    /// </summary>
    private void VisitParagraph(ParagraphBlock paragraph)
    {
        if (NeedsReading(paragraph) && !(header.HasTitle && LazyInlines.ShowsOnlyImages(paragraph)))
        {
            VisitParagraph(TokenReader.Read(paragraph), paragraph.Line + 1);
        }
    }

    private void VisitParagraph(List<Token> tokens, int line)
    {
        if (!header.HasTitle)
        {
            header.SetTitle(Lines.VisibleText(Lines.Split(tokens).FirstOrDefault() ?? []), line);
            return;
        }

        scratch.CardUrls.Clear();
        scratch.CardTitles.Clear();
        var shape = Lines.ShapeOf(tokens);
        var kept = scratch.Cards.Filter(tokens, shape.MayHoldCard, scratch.CardUrls, scratch.CardTitles);
        if (kept != tokens)
        {
            shape = Lines.ShapeOf(kept);
        }

        if (shape.IsSeparator)
        {
            entry?.AddCards(scratch.CardUrls, scratch.CardTitles);
            return;
        }

        if (section is not { } current)
        {
            IntroParagraph(Lines.VisibleText(kept));
            return;
        }

        // The visible text is built only when the raw text is short enough (cleaning at most halves it) to be a plug.
        if (!shape.HasLink && shape.TextLength <= 60 && Lines.VisibleText(kept) is { Length: <= 30 } plug && HeadingClassifier.ClassifyClean(plug, true).Role == HeadingRole.Footer)
        {
            CloseEntry(); // "我的 github 上许多论文的摘要。": a plug written as a paragraph ends the content
            section = null;
            return;
        }

        var lines = LineSplitter.Split(kept, shape);
        var linkLedAllowed = entry is null || !(entry.FromHeading && !entry.HasLink);
        if (LeadParagraph.Opens(lines[0], linkLedAllowed))
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

        entry.AddCards(scratch.CardUrls, scratch.CardTitles);
        AddLines(current, lines, line);
    }

    /// <summary>Feeds lines to the current entry; a line naming another paper by arXiv id starts a new entry.</summary>
    private void AddLines(Section current, List<List<Token>> lines, int line)
    {
        var consumed = 0;
        while (entry!.AddParagraph(lines) is { } rest)
        {
            consumed += lines.Count - rest.Count;
            CloseEntry();
            entry = scratch.Builder.Start(current, line + consumed, "", null, fromHeading: false);
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
            var role = HeadingClassifier.ClassifyClean(visible, true).Role;
            collectingPicks = role switch
            {
                HeadingRole.Picks => picks,
                HeadingRole.IntroFeatured => featuredPicks,
                _ => collectingPicks,
            };
        }
    }
}
