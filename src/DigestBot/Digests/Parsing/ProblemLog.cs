using System.Globalization;

namespace DigestBot.Digests.Parsing;

/// <summary>Collects a file's problems, capped so that a pathological file cannot flood the output.</summary>
internal sealed class ProblemLog(string file)
{
    public const int Cap = 50;
    private readonly List<ParseProblem> _problems = [];
    private int _dropped;

    public void Add(int line, string message, bool always = false)
    {
        if (always || _problems.Count < Cap)
        {
            _problems.Add(new ParseProblem(file, line, message));
        }
        else
        {
            _dropped++;
        }
    }

    /// <summary>A new log holding the problems found so far, for a second reading of the same file.</summary>
    public ProblemLog Copy()
    {
        var copy = new ProblemLog(file);
        copy._problems.AddRange(_problems);
        copy._dropped = _dropped;
        return copy;
    }

    public IReadOnlyList<ParseProblem> ToList()
    {
        if (_problems.Count == 0 && _dropped == 0)
        {
            return [];
        }

        var sorted = _problems.OrderBy(p => p.Line).ToList();
        if (_dropped > 0)
        {
            sorted.Add(new ParseProblem(file, 0, string.Create(CultureInfo.InvariantCulture, $"{_dropped} more problems not listed")));
        }

        return sorted;
    }
}
