using System.Buffers;
using System.Runtime.CompilerServices;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace DigestBot.Digests;

/// <summary>
/// Markdig parses the inlines of every paragraph and heading; a digest's intro and footers are never read.
/// This pipeline leaves paragraphs and headings with their raw lines, and <see cref="Ensure"/> parses a
/// block's inlines when the walker first reads it, with the same inline parsers Markdig would have used.
/// </summary>
internal static class LazyInlines
{
    private static readonly MarkdownPipelineBuilder Builder = CreateBuilder();

    /// <summary>Plain CommonMark, the same parsers <see cref="Markdown.Parse(string, bool)"/> uses, inlines deferred.</summary>
    private static readonly MarkdownPipeline Pipeline = Builder.Build();

    private static readonly InlineParserList InlineParsers = new(Builder.InlineParsers);

    /// <summary>
    /// Every character an inline parser of this pipeline starts at (and NUL) but "]" and "!": text without them is plain.
    /// The link parser is the only one to start at those two, and it matches at "]" only to close a "[" before it
    /// and at "!" only where a "[" follows; in text with no "[" it matches at neither, and the literal parser
    /// then adds the char to the literal it follows, as it does any other char (LinkInlineParser.Match,
    /// LiteralInlineParser.Match). No other parser of this pipeline (plain CommonMark) starts at either.
    /// </summary>
    private static readonly SearchValues<char> OpeningChars = SearchValues.Create([.. ParserOpeningChars()]);

    /// <summary><see cref="OpeningChars"/> but the line breaks, which no line holds: for text that spans several lines.</summary>
    private static readonly SearchValues<char> InLineOpeningChars =
        SearchValues.Create([.. ParserOpeningChars().Where(c => c is not ('\n' or '\r'))]);

    /// <summary>The chars of an entity's name or number ("&amp;amp;", "&amp;#x3000;"): letters, digits and "#".</summary>
    private static readonly SearchValues<char> EntityNameChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789#");

    /// <summary>The chars of an image's address that <see cref="ShowsOnlyImages"/> takes: letters, digits and "/._-".</summary>
    private static readonly SearchValues<char> ImageAddressChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/._-");

    [ThreadStatic]
    private static InlineProcessor? current;

    /// <summary>The paragraphs and headings whose inlines the parse on this thread deferred, as Markdig closed them.</summary>
    [ThreadStatic]
    private static List<LeafBlock>? deferred;

    /// <summary>Cleared if this Markdig has no StringLineGroup.Release: the arrays are then left to the garbage collector.</summary>
    private static bool canReturnLines = true;

    /// <summary>
    /// Parses the Markdown with the inlines of its paragraphs and headings deferred; they can be read on this thread
    /// until the returned scope ends.
    /// </summary>
    public static Scope Parse(string markdown, out MarkdownDocument document)
    {
        (deferred ??= []).Clear();
        document = Markdown.Parse(markdown, Pipeline);
        current = new InlineProcessor(document, InlineParsers, preciseSourcelocation: false, context: null);
        return default;
    }

    /// <summary>Parses the block's inlines now if they were deferred.</summary>
    public static void Ensure(LeafBlock block)
    {
        if (IsDeferred(block) && current is { } processor)
        {
            block.ProcessInlines = true;
            processor.ProcessInlineLeaf(block);
        }
    }

    /// <summary>
    /// Whether a deferred paragraph or heading is plain text: no line holds a char an inline parser would match at
    /// (<see cref="OpeningChars"/>, but those <see cref="IsPlainLine"/> finds left as text), and none begins or ends
    /// with white space. Markdig's inline parse of such a block is exactly one literal per
    /// line, its line as Markdig's block parser cut it, with a soft line break between lines (LiteralInlineParser,
    /// LineBreakInlineParser), so the reader takes those lines as they are and skips the inline parse.
    /// </summary>
    public static bool IsPlainText(LeafBlock block)
    {
        if (!IsDeferredText(block))
        {
            return false;
        }

        // Markdig cuts a block's lines from one string, in order: the stretch from the first line's start to the last
        // one's end is searched once, rather than each line on its own. The text between the lines (line breaks,
        // indentation, quote markers) can only add a match, and a match is then looked for line by line.
        var lines = block.Lines.Lines;
        var count = block.Lines.Count;
        var text = lines[0].Slice.Text;
        var oneStretch = true;
        for (var i = 0; i < count; i++)
        {
            ref readonly var slice = ref lines[i].Slice;
            var line = slice.AsSpan(); // empty for a slice out of its text's range, as an empty heading's can be
            if (line.IsEmpty || Text.IsWhiteSpace(line[0]) || Text.IsWhiteSpace(line[^1]))
            {
                return false;
            }

            oneStretch &= ReferenceEquals(slice.Text, text) && (i == 0 || slice.Start > lines[i - 1].Slice.End);
        }

        if (oneStretch && !text.AsSpan(lines[0].Slice.Start, lines[count - 1].Slice.End - lines[0].Slice.Start + 1).ContainsAny(InLineOpeningChars))
        {
            return true;
        }

        for (var i = 0; i < count; i++)
        {
            if (!IsPlainLine(lines[i].Slice.AsSpan()))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether every char of the line an inline parser starts at is left as text (<see cref="NextParsed"/>).</summary>
    private static bool IsPlainLine(ReadOnlySpan<char> line) => NextParsed(line, 0) == line.Length;

    /// <summary>
    /// Where the first char from <paramref name="from"/> on that an inline parser starts at and may match is (the text's
    /// length if none). A run of "_" between two letters or digits can neither open nor close emphasis (as "utm_source"
    /// in an address), and a "&amp;" that no ";" ends a name or number after starts no entity (as "&amp;utm_medium="):
    /// Markdig's literal parser takes those into the literal they follow, so they are passed over.
    /// </summary>
    public static int NextParsed(ReadOnlySpan<char> text, int from)
    {
        var next = text[from..].IndexOfAny(OpeningChars);
        var at = next < 0 ? text.Length : from + next;
        while (at < text.Length)
        {
            int end;
            if (text[at] == '_')
            {
                var run = text[at..].IndexOfAnyExcept('_');
                end = at + run;
                if (at == 0 || run < 0 || !char.IsLetterOrDigit(text[at - 1]) || !char.IsLetterOrDigit(text[end]))
                {
                    return at;
                }
            }
            else if (text[at] == '&')
            {
                var name = text[(at + 1)..].IndexOfAnyExcept(EntityNameChars);
                end = name < 0 ? text.Length : at + 1 + name;
                if (end < text.Length && text[end] == ';')
                {
                    return at;
                }
            }
            else
            {
                return at;
            }

            next = text[end..].IndexOfAny(OpeningChars);
            at = next < 0 ? text.Length : end + next;
        }

        return text.Length;
    }

    /// <summary>A paragraph or heading whose inlines were deferred and not parsed since, with lines to read.</summary>
    public static bool IsDeferredText(LeafBlock block) =>
        IsDeferred(block) && block is (ParagraphBlock or HeadingBlock) && block.Lines.Count > 0;

    /// <summary>
    /// Whether a deferred paragraph holds nothing but images with no alt text and a plain, non-empty address ("![](img/….png)"),
    /// with stars, spaces and tabs around them. Markdig's inline parse of one gives images, line breaks, emphasis
    /// around them and text of stars and spaces only: the link parser reads each image whole from its "!" on (no "["
    /// or "]" is left to pair with another), and the stars and white space outside can only pair into emphasis or stay
    /// text. No char of an address in <see cref="ImageAddressChars"/> needs unescaping or ends the address early.
    /// </summary>
    public static bool ShowsOnlyImages(ParagraphBlock paragraph)
    {
        if (!IsDeferred(paragraph))
        {
            return false;
        }

        var lines = paragraph.Lines.Lines;
        for (var i = 0; i < paragraph.Lines.Count; i++)
        {
            var line = lines[i].Slice.AsSpan();
            var at = 0;
            while (at < line.Length)
            {
                if (line[at] is '*' or ' ' or '\t')
                {
                    at++;
                    continue;
                }

                if (!line[at..].StartsWith("![](", StringComparison.Ordinal))
                {
                    return false;
                }

                at += 4;
                var address = line[at..].IndexOfAnyExcept(ImageAddressChars);
                if (address <= 0 || line[at + address] != ')')
                {
                    return false;
                }

                at += address + 1;
            }
        }

        return true;
    }

    /// <summary>
    /// A leaf whose inlines were left unparsed (and nobody parsed since): this pipeline's paragraphs and headings, and
    /// the code blocks Markdig never parses inlines of (a list item indented one space too far holds one; its text is
    /// read like a paragraph's). A leaf with no lines at all (a thematic break) has nothing to parse: Markdig's inline
    /// parse of one fails, so a thematic break in a list item once made the whole digest unreadable.
    /// </summary>
    private static bool IsDeferred(LeafBlock block) => block.Inline is null && !block.ProcessInlines && block.Lines.Lines is not null;

    private static IEnumerable<char> ParserOpeningChars() =>
        Builder.InlineParsers.SelectMany(parser => parser.OpeningCharacters ?? []).Append('\0').Distinct().Where(c => c is not (']' or '!'));

    private static MarkdownPipelineBuilder CreateBuilder()
    {
        var builder = new MarkdownPipelineBuilder();
        builder.BlockParsers.Find<ParagraphBlockParser>()!.Closed += Defer;
        builder.BlockParsers.Find<HeadingBlockParser>()!.Closed += Defer;
        return builder;
    }

    private static void Defer(BlockProcessor processor, Block block)
    {
        if (block is LeafBlock leaf)
        {
            leaf.ProcessInlines = false;
            deferred?.Add(leaf);
        }
    }

    /// <summary>
    /// Gives the line arrays of the paragraphs and headings left unparsed back to Markdig's pool, as Markdig's own
    /// inline parse does for every block it parses (<c>InlineProcessor.ProcessInlineLeaf</c> ends with
    /// <c>Lines.Release()</c>). Without this the next parse cannot reuse them, and renting new ones was a sixth of what a
    /// parse allocated. The document is not read after this: its deferred blocks are left without lines.
    /// </summary>
    /// <remarks>
    /// The blocks are the ones Markdig closed as this parse went (<see cref="Defer"/>), so no walk over the document
    /// is needed. A paragraph Markdig dropped or turned into a setext heading is never closed: its array is Markdig's
    /// own to return, or the heading's.
    /// </remarks>
    private static void ReturnLines()
    {
        if (deferred is not { } blocks)
        {
            return;
        }

        foreach (var leaf in blocks)
        {
            if (!canReturnLines)
            {
                break;
            }

            if (IsDeferred(leaf))
            {
                ReturnLines(leaf);
            }
        }

        blocks.Clear();
    }

    private static void ReturnLines(LeafBlock leaf)
    {
        try
        {
            Release(ref leaf.Lines);
        }
        catch (MissingMethodException)
        {
            canReturnLines = false;
        }
    }

    /// <summary>Markdig's own (internal) StringLineGroup.Release: clears the array and returns it to Markdig's pool.</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "Release")]
    private static extern void Release(ref StringLineGroup lines);

    /// <summary>Ends the document's inline parsing on this thread.</summary>
    public readonly struct Scope : IDisposable
    {
        public void Dispose()
        {
            ReturnLines();
            current = null;
        }
    }
}
