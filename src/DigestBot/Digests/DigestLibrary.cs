using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Digests;

/// <summary>
/// The digests folder as the running bot sees it: read afresh on every call, so a digest added during the week is
/// found by that week's fire without a restart.
/// </summary>
public sealed partial class DigestLibrary(IOptions<DigestsOptions> options, ILogger<DigestLibrary> logger)
{
    public IReadOnlyList<Digest> Load()
    {
        var parsed = DigestFolder.Load(options.Value.Path);
        foreach (var problem in parsed.SelectMany(p => p.Problems))
        {
            LogProblem(problem.File, problem.Line, problem.Message);
        }

        return parsed.Select(p => p.Digest).ToList();
    }

    /// <summary>The digest of an ISO week: the weekly one, else an issue that states that week.</summary>
    public Digest? ForWeek(int year, int week) =>
        DigestLookup.Find(Load(), string.Create(CultureInfo.InvariantCulture, $"{year}-W{week:00}"));

    /// <summary>The most recent weekly digest or dated issue.</summary>
    public Digest? Latest() =>
        Load().Where(d => d.Year is not null && d.Week is not null).OrderBy(d => d.Year).ThenBy(d => d.Week).LastOrDefault();

    [LoggerMessage(Level = LogLevel.Debug, Message = "{File}:{Line}: {Message}")]
    private partial void LogProblem(string file, int line, string message);
}
