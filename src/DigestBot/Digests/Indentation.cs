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

    /// <summary>
    /// A line indented past <see cref="MaxColumns"/> starts with at least this many spaces or tabs (a tab is at most
    /// four columns), so a probe at every this-many-th char meets each such indentation.
    /// </summary>
    private const int MinDeepChars = MaxColumns / 4 + 1;

    public static string Clamp(string markdown, ProblemLog problems)
    {
        if (!HasDeepLine(markdown))
        {
            // Digests are rarely indented at all: the text is returned as it is, with no walk over its lines.
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

    /// <summary>
    /// Whether some line is indented past <see cref="MaxColumns"/>. It looks at one char in <see cref="MinDeepChars"/>:
    /// only where that char is a space or a tab is its run of them measured, and the next probe is then that far past
    /// the run. The searches for tabs and deep spaces it replaces read every char, and the spaces' search stopped at
    /// every line break followed by a space 65 chars on, which prose is full of.
    /// </summary>
    private static bool HasDeepLine(string markdown)
    {
        var at = MinDeepChars - 1;
        while (at < markdown.Length)
        {
            if (markdown[at] is not (' ' or '\t'))
            {
                at += MinDeepChars;
                continue;
            }

            var start = at;
            while (start > 0 && markdown[start - 1] is ' ' or '\t')
            {
                start--;
            }

            var end = at + 1;
            while (end < markdown.Length && markdown[end] is ' ' or '\t')
            {
                end++;
            }

            if ((start == 0 || markdown[start - 1] == '\n') && Leading(markdown, start, end).Columns > MaxColumns)
            {
                return true;
            }

            // A later run starts past the char at end, so its first MinDeepChars chars hold this probe.
            at = end + MinDeepChars;
        }

        return false;
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
