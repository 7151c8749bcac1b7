namespace DigestBot.Digests;

/// <summary>
/// Reads one digest from Markdown. Never throws: whatever the input, it returns a digest (possibly empty)
/// and the problems it met, each with file, line and a plain message.
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
            using var inlines = LazyInlines.Parse(markdown, out var document);
            var walker = new DocumentWalker(file, clamping.Copy());
            var parsed = walker.Walk(document);
            return walker.MayHaveUnnumberedSections
                ? new DocumentWalker(file, clamping.Copy(), numberedOnly: false).Walk(document)
                : parsed;
        }
        catch (ArgumentException)
        {
            // Markdig refuses input nested beyond its depth limit (thousands of list, quote or emphasis levels).
            return Empty(file, 1, "the Markdown is nested too deeply to read (lists, quotes or emphasis hundreds of levels deep); nothing was parsed");
        }
    }

    internal static ParsedDigest Empty(string file, int line, string message) =>
        new(new Digest(file, null, null, null, null, null, null, null, [], []), [new ParseProblem(file, line, message)]);
}
