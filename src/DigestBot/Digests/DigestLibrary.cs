using DigestBot.Operations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Digests;

/// <summary>
/// The digests folder as the running bot sees it: read afresh on every call, so a digest added during the week is
/// found by that week's fire without a restart.
/// </summary>
public sealed partial class DigestLibrary(IOptions<DigestsOptions> options, ILogger<DigestLibrary> logger, BotMetrics? metrics = null)
{
    public IReadOnlyList<Digest> Load()
    {
        var parsed = DigestFolder.Load(options.Value.Path);
        var problems = parsed.SelectMany(p => p.Problems).ToList();
        metrics?.ParseProblems(problems.Count); // counted at each reading of the folder
        foreach (var problem in problems)
        {
            LogProblem(problem.File, problem.Line, problem.Message);
        }

        return parsed.Select(p => p.Digest).ToList();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{File}:{Line}: {Message}")]
    private partial void LogProblem(string file, int line, string message);
}
