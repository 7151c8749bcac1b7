using Markdig.Syntax;

namespace DigestBot.Digests.Parsing;

/// <summary>
/// Walks a digest's top-level blocks once, in order: title and source, then the intro (picks, the week an
/// issue states), then the sections and their entries, until a footer. Entries start at a headline
/// heading or at a paragraph that opens with a headline link (<see cref="EntryOpenings"/>).
/// </summary>
internal sealed partial class DocumentWalker(string file, ProblemLog problems, bool numberedOnly = true)
{
    private readonly DigestHeader header = new();
    private readonly List<DigestPick> picks = [];
    private readonly List<DigestEntry> entries = [];
    private Section? section;
    private bool sawSection;
    private readonly List<DigestPick> featuredPicks = [];
    private List<DigestPick>? collectingPicks;
    private readonly EmbedCards cards = new();
    private EntryBuilder? entry;

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
            case ParagraphBlock paragraph:
                VisitParagraph(paragraph);
                break;
            case ListBlock list:
                VisitList(list);
                break;
            case QuoteBlock quote:
                VisitQuote(quote);
                break;
        }
    }

    private void VisitHeading(HeadingBlock heading)
    {
        var tokens = InlineTokens.Read(heading);
        var text = TokenLines.VisibleText(tokens);
        var line = heading.Line + 1;
        if (!header.HasTitle)
        {
            header.SetTitle(text, line);
            return;
        }

        if (cards.IsOpen && heading.Level >= 3 && !SectionHeadings.IsSectionClean(text, numberedOnly))
        {
            return; // the blurb line of an embed card
        }

        var (role, named, name) = SectionHeadings.ClassifyClean(text, numberedOnly);
        cards.Reset();
        collectingPicks = null;
        MayHaveUnnumberedSections |= numberedOnly && role is HeadingRole.Plain or HeadingRole.IntroFeatured && SectionHeadings.IsSectionName(name);
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
        OpenEntry(current, line, tokens, fromHeading: true);
    }

    /// <summary>Starts an entry at its headline line: the headline, its first link as the headline's, the others as links.</summary>
    private EntryBuilder OpenEntry(Section section, int line, List<Token> headlineLine, bool fromHeading)
    {
        var urls = new List<string>();
        var headline = EntryOpenings.Read(headlineLine, urls);
        entry = new EntryBuilder(section, line, headline, urls.Count > 0 ? urls[0] : null, fromHeading);
        entry.AddLinksAfterFirst(urls);
        return entry;
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
}
