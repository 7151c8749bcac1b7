using Markdig.Syntax;

namespace DigestBot.Digests.Parsing;

/// <summary>
/// Walks a digest's top-level blocks once, in order: title and source, then the intro (picks, the week an
/// issue states), then the sections and their entries, until a footer. Entries start at a headline
/// heading or at a paragraph that opens with a headline link (<see cref="EntryOpenings"/>).
/// </summary>
internal sealed partial class DocumentWalker(string file, ProblemLog problems, bool numberedOnly = true)
{
    private readonly DigestHeader _header = new();
    private readonly List<DigestPick> _picks = [];
    private readonly List<DigestEntry> _entries = [];
    private Section? _section;
    private bool _sawSection;
    private readonly List<DigestPick> _featuredPicks = [];
    private List<DigestPick>? _collectingPicks;
    private readonly EmbedCards _cards = new();
    private EntryBuilder? _entry;

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
        var digest = _header.Build(file, _picks.Count > 0 ? _picks : _featuredPicks, _entries, problems);
        if (_entries.Count == 0 && digest.Picks.Count == 0 && _header.HasTitle)
        {
            problems.Add(_header.TitleLine, "no entries found: no numbered section such as \"# 1.机器学习论文\" holds an entry");
        }

        MayHaveUnnumberedSections &= !_sawSection;
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
        if (!_header.HasTitle)
        {
            _header.SetTitle(text, line);
            return;
        }

        if (_cards.IsOpen && heading.Level >= 3 && !SectionHeadings.IsSectionClean(text, numberedOnly))
        {
            return; // the blurb line of an embed card
        }

        var (role, named, name) = SectionHeadings.ClassifyClean(text, numberedOnly);
        _cards.Reset();
        _collectingPicks = null;
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
                _section = null;
                _sawSection = true;
                problems.Add(line, $"unknown section \"{name}\": its entries are skipped");
                break;
            case HeadingRole.Picks:
                CloseEntry();
                _section = null;
                _collectingPicks = _picks;
                break;
            case HeadingRole.IntroFeatured when _section is null && !_sawSection:
                _collectingPicks = _featuredPicks;
                break;
            case HeadingRole.Footer:
                CloseEntry();
                _section = null;
                break;
            default:
                PlainHeading(tokens, text, line);
                break;
        }
    }

    private void OpenSection(Section named)
    {
        CloseEntry();
        _section = named;
        _sawSection = true;
    }

    private void PlainHeading(List<Token> tokens, string text, int line)
    {
        if (_section is not { } current)
        {
            if (!_sawSection)
            {
                _header.IntroText(text);
            }

            return;
        }

        CloseEntry();
        OpenEntry(current, line, tokens, fromHeading: true);
    }

    /// <summary>Starts an entry at its headline line: the headline, its first link as the headline's, the others as links.</summary>
    private EntryBuilder OpenEntry(Section _section, int line, List<Token> headlineLine, bool fromHeading)
    {
        var urls = new List<string>();
        var headline = EntryOpenings.Read(headlineLine, urls);
        _entry = new EntryBuilder(_section, line, headline, urls.Count > 0 ? urls[0] : null, fromHeading);
        _entry.AddLinksAfterFirst(urls);
        return _entry;
    }

    private void CloseEntry()
    {
        if (_entry is null)
        {
            return;
        }

        var built = _entry.Build(_header.Source);
        _entries.Add(built);
        if (built.Url is null)
        {
            problems.Add(built.Line, $"entry \"{Describe(built)}\" has no link");
        }

        if (built.Headline.Length == 0 && built.Title is null)
        {
            problems.Add(built.Line, "entry has neither a headline nor a paper title");
        }

        _entry = null;
    }

    private static string Describe(DigestEntry e) => e.Headline.Length > 0 ? e.Headline : e.Title ?? "(untitled)";
}
