using Markdig.Syntax;

namespace DigestBot.Digests;

/// <summary>
/// Walks a digest's top-level blocks once, in order: title and source, then the intro (picks, the week an
/// issue states), then the sections and their entries, until a footer. Entries start at a headline
/// heading or at a paragraph that opens with a headline link (<see cref="LeadParagraph"/>).
/// </summary>
internal sealed class DocumentWalker(string file, ProblemLog problems, bool numberedOnly = true)
{
    private readonly DigestHeader header = new();
    private readonly List<DigestPick> picks = [];
    private readonly List<DigestEntry> entries = [];
    private readonly EmbedCards cards = new();
    private Section? section;
    private bool sawSection;
    private readonly List<DigestPick> featuredPicks = [];
    private List<DigestPick>? collectingPicks;
    private EntryBuilder? entry;
    private readonly List<string> cardUrls = [];
    private readonly List<string> cardTitles = [];

    /// <summary>
    /// Set when a walk that took only numbered headings as sections found none, but saw a heading named like a
    /// section ("# 机器学习论文"): the digest is then walked again taking such headings as sections.
    /// </summary>
    public bool MayHaveUnnumberedSections { get; private set; }

    public ParsedDigest Walk(MarkdownDocument document)
    {
        foreach (var block in document)
        {
            Visit(block);
        }

        CloseEntry();

        // The newsletter layout has no editor's picks; its intro's "this week's featured" list stands in for them.
        var digest = header.Build(file, picks.Count > 0 ? picks : featuredPicks, entries, problems);
        if (entries.Count == 0 && digest.Picks.Count == 0 && header.HasTitle)
        {
            problems.Add(header.TitleLine, "no entries found: no numbered section such as \"# 1.机器学习论文\" holds an entry");
        }

        MayHaveUnnumberedSections &= !sawSection;
        return new ParsedDigest(digest, problems.ToList());
    }

    private void Visit(Block block)
    {
        switch (block)
        {
            case HeadingBlock heading:
                VisitHeading(heading);
                break;
            case ParagraphBlock paragraph when NeedsReading(paragraph):
                VisitParagraph(TokenReader.Read(paragraph), paragraph.Line + 1);
                break;
            case ListBlock list:
                VisitList(list);
                break;
            case QuoteBlock quote:
                VisitQuote(quote);
                break;
        }
    }

    /// <summary>
    /// Text after a footer is never content, and a long intro paragraph matters only while the week is unknown:
    /// such paragraphs are not read at all. A short one may still label the picks list that follows.
    /// </summary>
    private bool NeedsReading(ParagraphBlock paragraph) =>
        section is not null || !header.HasTitle
        || (!sawSection && (header.NeedsIntro || paragraph.Span.Length <= 60));

    private void VisitHeading(HeadingBlock heading)
    {
        var tokens = TokenReader.Read(heading);
        var text = Lines.VisibleText(tokens);
        var line = heading.Line + 1;
        if (!header.HasTitle)
        {
            header.SetTitle(text, line);
            return;
        }

        var (role, named, name) = HeadingClassifier.Classify(text, numberedOnly);
        if (cards.IsOpen && heading.Level >= 3 && role is not (HeadingRole.Section or HeadingRole.UnknownSection))
        {
            return; // the blurb line of an embed card
        }

        cards.Reset();
        collectingPicks = null;
        MayHaveUnnumberedSections |= numberedOnly && role is HeadingRole.Plain or HeadingRole.IntroFeatured && HeadingClassifier.IsSectionName(name);
        switch (role)
        {
            case HeadingRole.Separator:
                break;
            case HeadingRole.Section:
                OpenSection(named);
                break;
            case HeadingRole.UnknownSection:
                CloseEntry();
                section = null;
                sawSection = true;
                problems.Add(line, $"unknown section \"{name}\": its entries are skipped");
                break;
            case HeadingRole.Picks:
                CloseEntry();
                section = null;
                collectingPicks = picks;
                break;
            case HeadingRole.IntroFeatured when section is null && !sawSection:
                collectingPicks = featuredPicks;
                break;
            case HeadingRole.Footer:
                CloseEntry();
                section = null;
                break;
            default:
                PlainHeading(tokens, text, line);
                break;
        }
    }

    private void OpenSection(Section named)
    {
        CloseEntry();
        section = named;
        sawSection = true;
    }

    private void PlainHeading(List<Token> tokens, string text, int line)
    {
        if (section is not { } current)
        {
            if (!sawSection)
            {
                header.IntroText(text);
            }

            return;
        }

        CloseEntry();
        var (headline, urls) = LeadParagraph.Read(tokens);
        entry = new EntryBuilder(current, line, headline, urls.Count > 0 ? urls[0] : null, fromHeading: true);
        entry.AddLinksAfterFirst(urls);
    }

    private void VisitParagraph(List<Token> tokens, int line)
    {
        if (!header.HasTitle)
        {
            header.SetTitle(Lines.VisibleText(Lines.Split(tokens).FirstOrDefault() ?? []), line);
            return;
        }

        cardUrls.Clear();
        cardTitles.Clear();
        var kept = cards.Filter(tokens, cardUrls, cardTitles);
        if (Lines.IsSeparator(kept))
        {
            entry?.AddCards(cardUrls, cardTitles);
            return;
        }

        if (section is not { } current)
        {
            IntroParagraph(Lines.VisibleText(kept));
            return;
        }

        if (!Lines.HasLink(kept) && Lines.IsShort(kept, 30) && HeadingClassifier.Classify(Lines.VisibleText(kept), true).Role == HeadingRole.Footer)
        {
            CloseEntry(); // "我的 github 上许多论文的摘要。": a plug written as a paragraph ends the content
            section = null;
            return;
        }

        var lines = Lines.Split(kept);
        var linkLedAllowed = entry is null || !(entry.FromHeading && !entry.HasLink);
        if (LeadParagraph.Opens(lines[0], linkLedAllowed))
        {
            CloseEntry();
            var (headline, urls) = LeadParagraph.Read(lines[0]);
            entry = new EntryBuilder(current, line, headline, urls.Count > 0 ? urls[0] : null, fromHeading: false);
            entry.AddLinksAfterFirst(urls);
            lines.RemoveAt(0);
        }
        else if (entry is null)
        {
            problems.Add(line, $"text before the first entry of section {current.Slug()} is ignored");
            return;
        }

        entry.AddCards(cardUrls, cardTitles);
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
            var role = HeadingClassifier.Classify(visible, true).Role;
            collectingPicks = role switch
            {
                HeadingRole.Picks => picks,
                HeadingRole.IntroFeatured => featuredPicks,
                _ => collectingPicks,
            };
        }
    }

    private void VisitList(ListBlock list)
    {
        if (collectingPicks is not null && section is null)
        {
            foreach (var item in list.OfType<ListItemBlock>())
            {
                if (Picks.From(ItemTokens(item)) is { Text.Length: > 0 } pick)
                {
                    collectingPicks.Add(pick);
                }
            }

            collectingPicks = null;
            return;
        }

        if (section is not { } current)
        {
            return; // the table of contents, or a summary list in the intro
        }

        foreach (var item in list.OfType<ListItemBlock>())
        {
            var (tokens, line) = (ItemTokens(item), item.Line + 1);
            if (entry is not null)
            {
                entry.AddListItem(tokens);
                continue;
            }

            var (headline, urls) = LeadParagraph.Read(tokens);
            entry = new EntryBuilder(current, line, headline, urls.Count > 0 ? urls[0] : null, fromHeading: false);
            entry.AddLinksAfterFirst(urls);
            CloseEntry();
        }
    }

    private void VisitQuote(QuoteBlock quote)
    {
        var tokens = new List<Token>();
        AddLeaves(quote, tokens);

        if (!header.HasSource && section is null && header.TrySetSource(tokens))
        {
            return;
        }

        if (entry is not null && section is { } current)
        {
            AddLines(current, Lines.Split(tokens), quote.Line + 1);
        }
    }

    private void CloseEntry()
    {
        if (entry is null)
        {
            return;
        }

        var built = entry.Build(header.Source);
        entries.Add(built);
        if (built.Url is null)
        {
            problems.Add(built.Line, $"entry \"{Describe(built)}\" has no link");
        }

        if (built.Headline.Length == 0 && built.Title is null)
        {
            problems.Add(built.Line, "entry has neither a headline nor a paper title");
        }

        entry = null;
    }

    private static string Describe(DigestEntry e) => e.Headline.Length > 0 ? e.Headline : e.Title ?? "(untitled)";

    private static List<Token> ItemTokens(ListItemBlock item)
    {
        var tokens = new List<Token>();
        AddLeaves(item, tokens);
        return tokens;
    }

    /// <summary>The tokens of every leaf block in a container, one line each (nesting is bounded by Markdig's depth limit).</summary>
    private static void AddLeaves(ContainerBlock container, List<Token> tokens)
    {
        foreach (var block in container)
        {
            if (block is LeafBlock leaf)
            {
                if (tokens.Count > 0)
                {
                    tokens.Add(Token.Break);
                }

                tokens.AddRange(TokenReader.Read(leaf));
            }
            else if (block is ContainerBlock nested)
            {
                AddLeaves(nested, tokens);
            }
        }
    }

    private static List<Token> Join(IEnumerable<List<Token>> lines)
    {
        var tokens = new List<Token>();
        foreach (var line in lines)
        {
            tokens.AddRange(line);
            tokens.Add(Token.Break);
        }

        return tokens;
    }
}
