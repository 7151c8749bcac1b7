using System.Globalization;
using System.Text;

namespace DigestBot.Digests;

/// <summary>
/// Markdig's time grows with the square of nesting by indentation (a 4 MB staircase of list items takes
/// seconds before it fails). No digest indents more than a few levels, so deeper indentation is cut to
/// <see cref="MaxColumns"/> columns, keeping the text, before the Markdown is parsed.
/// </summary>
internal static class Indentation
{
    public const int MaxColumns = 64;

    /// <summary>Without tabs, a line indented past <see cref="MaxColumns"/> starts with this many spaces.</summary>
    private static readonly string DeepIndent = new(' ', MaxColumns + 1);

    /// <summary>The same after a line break (searching for it meets far fewer false starts than the spaces alone).</summary>
    private static readonly string DeepIndentedLine = "\n" + DeepIndent;

    public static string Clamp(string markdown, ProblemLog problems)
    {
        if (!markdown.Contains('\t', StringComparison.Ordinal) && !markdown.StartsWith(DeepIndent, StringComparison.Ordinal)
            && !markdown.Contains(DeepIndentedLine, StringComparison.Ordinal))
        {
            // A few vectorized searches instead of a walk over every line: digests are rarely indented at all.
            return markdown;
        }

        StringBuilder? clamped = null;
        int firstLine = 0, count = 0, lineNumber = 0, at = 0;
        while (at < markdown.Length)
        {
            lineNumber++;
            var end = markdown.IndexOf('\n', at);
            end = end < 0 ? markdown.Length : end + 1;
            var (columns, chars) = Leading(markdown, at, end);
            if (columns > MaxColumns)
            {
                clamped ??= new StringBuilder(markdown.Length).Append(markdown, 0, at);
                clamped.Append(' ', MaxColumns).Append(markdown, at + chars, end - at - chars);
                firstLine = firstLine == 0 ? lineNumber : firstLine;
                count++;
            }
            else
            {
                clamped?.Append(markdown, at, end - at);
            }

            at = end;
        }

        if (clamped is null)
        {
            return markdown;
        }

        problems.Add(firstLine, string.Create(CultureInfo.InvariantCulture,
            $"{count} line(s) indented deeper than {MaxColumns} columns, from this line on; their indentation was cut to {MaxColumns}"));
        return clamped.ToString();
    }

    private static (int Columns, int Chars) Leading(string text, int start, int end)
    {
        var columns = 0;
        var i = start;
        for (; i < end && text[i] is ' ' or '\t'; i++)
        {
            columns += text[i] == '\t' ? 4 - (columns % 4) : 1;
        }

        return (columns, i - start);
    }
}
