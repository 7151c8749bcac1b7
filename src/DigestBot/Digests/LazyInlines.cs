using Markdig;
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
    public static MarkdownPipeline Pipeline { get; } = Builder.Build();

    private static readonly InlineParserList InlineParsers = new(Builder.InlineParsers);

    [ThreadStatic]
    private static InlineProcessor? current;

    /// <summary>Makes the blocks of this document readable on this thread until the returned scope ends.</summary>
    public static Scope For(MarkdownDocument document)
    {
        current = new InlineProcessor(document, InlineParsers, preciseSourcelocation: false, context: null);
        return default;
    }

    /// <summary>Parses the block's inlines now if they were deferred.</summary>
    public static void Ensure(LeafBlock block)
    {
        if (block.Inline is null && !block.ProcessInlines && current is { } processor)
        {
            block.ProcessInlines = true;
            processor.ProcessInlineLeaf(block);
        }
    }

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
        }
    }

    /// <summary>Ends the document's inline parsing on this thread.</summary>
    public readonly struct Scope : IDisposable
    {
        public void Dispose() => current = null;
    }
}
