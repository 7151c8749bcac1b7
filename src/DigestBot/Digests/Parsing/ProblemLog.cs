using System.Globalization;

namespace DigestBot.Digests.Parsing;

/// <summary>Collects a file's problems, capped so that a pathological file cannot flood the output.</summary>
internal sealed class ProblemLog(string file)
{
    public const int Cap = 50;
    private readonly List<ParseProblem> problems = [];
    private int dropped;

    public void Add(int line, string message, bool always = false)
    {
        if (always || problems.Count < Cap)
        {
            problems.Add(new ParseProblem(file, line, message));
        }
        else
        {
            dropped++;
        }
    }

    /// <summary>A new log holding the problems found so far, for a second reading of the same file.</summary>
    public ProblemLog Copy()
    {
        var copy = new ProblemLog(file);
        copy.problems.AddRange(problems);
        copy.dropped = dropped;
        return copy;
    }

    public IReadOnlyList<ParseProblem> ToList()
    {
        if (problems.Count == 0 && dropped == 0)
        {
            return [];
        }

        var sorted = problems.OrderBy(p => p.Line).ToList();
        if (dropped > 0)
        {
            sorted.Add(new ParseProblem(file, 0, string.Create(CultureInfo.InvariantCulture, $"{dropped} more problems not listed")));
        }

        return sorted;
    }
}
