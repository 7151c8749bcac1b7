using DigestBot.Digests.Parsing;
using Markdig;
using Markdig.Syntax;

namespace DigestBot.Digests;

/// <summary>
/// Reads one digest from Markdown (the rules are in <see cref="Parsing"/>). Never throws: whatever the input, it returns
/// a digest (possibly empty) and the problems it met, each with file, line and a plain message.
/// </summary>
public static class DigestParser
{
    public static ParsedDigest Parse(string file, string markdown)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(markdown);

        var clamping = new ProblemLog(file);
        markdown = Indentation.Clamp(markdown, clamping);
        try
        {
            var document = Markdown.Parse(markdown);
            var walker = new DocumentWalker(file, clamping.Copy());
            var parsed = walker.Walk(document);
            return walker.MayHaveUnnumberedSections
                ? new DocumentWalker(file, clamping.Copy(), numberedOnly: false).Walk(document)
                : parsed;
        }
        catch (ArgumentException e) when (IsDepthLimit(e))
        {
            // Markdig refuses input nested beyond its depth limit (thousands of list, quote or emphasis levels).
            return Empty(file, 1, "the Markdown is nested too deeply to read (lists, quotes or emphasis hundreds of levels deep); nothing was parsed");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug of ours must not take the other digests down with this one, nor pass for bad input.
            return Empty(file, 1, $"the parser failed on this file ({e.GetType().Name}: {e.Message}); nothing was parsed. This is a DigestBot bug: please report it with the file");
        }
    }

    /// <summary>
    /// Markdig's depth limit: a plain <see cref="ArgumentException"/> thrown from Markdig's own code. Any other
    /// argument exception (an index out of range in the walker, say) is a bug, not deep input.
    /// </summary>
    private static bool IsDepthLimit(ArgumentException e) =>
        e.GetType() == typeof(ArgumentException) && e.TargetSite?.DeclaringType?.Assembly == typeof(MarkdownDocument).Assembly;

    internal static ParsedDigest Empty(string file, int line, string message) =>
        new(new Digest(file, null, null, null, null, null, null, null, [], []), [new ParseProblem(file, line, message)]);
}
