using System.Globalization;

namespace DigestBot.Digests.Parsing;

/// <summary>
/// Markdig's time grows with the square of nesting by indentation (a 4 MB staircase of list items takes
/// seconds before it fails). No digest indents more than a few levels, so deeper indentation is cut to
/// <see cref="MaxColumns"/> columns, keeping the text, before the Markdown is parsed.
/// </summary>
internal static class Indentation
{
    public const int MaxColumns = 64;

    public static string Clamp(string markdown, ProblemLog problems)
    {
        var lines = markdown.Split('\n');
        var (count, firstLine) = (0, 0);
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            if (Columns(lines[i][..indent]) > MaxColumns)
            {
                lines[i] = new string(' ', MaxColumns) + lines[i][indent..];
                firstLine = count++ == 0 ? i + 1 : firstLine;
            }
        }

        if (count == 0)
        {
            return markdown;
        }

        problems.Add(firstLine, string.Create(CultureInfo.InvariantCulture,
            $"{count} line(s) indented deeper than {MaxColumns} columns, from this line on; their indentation was cut to {MaxColumns}"));
        return string.Join('\n', lines);
    }

    /// <summary>The columns of spaces and tabs (a tab runs to the next multiple of four).</summary>
    private static int Columns(string indentation) => indentation.Aggregate(0, (columns, c) => c == '\t' ? columns + 4 - (columns % 4) : columns + 1);
}
