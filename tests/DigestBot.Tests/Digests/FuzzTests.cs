using System.Diagnostics;
using DigestBot.Digests;

namespace DigestBot.Tests.Digests;

/// <summary>
/// Thousands of damaged copies of the corpus (<see cref="CorpusMutator"/>, fixed seeds): each parses without an
/// exception into a digest with content or a problem saying why not, in bounded time.
/// </summary>
public sealed class FuzzTests
{
    private const int FilesPerSeed = 800;

    /// <summary>Far above the few milliseconds a digest takes: only a runaway parse (quadratic nesting, a regex gone wild) fails it.</summary>
    private static readonly TimeSpan PerFileBound = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData(16001)]
    [InlineData(16002)]
    [InlineData(16003)]
    public void Every_mutated_corpus_file_gives_a_digest_or_a_problem(int seed)
    {
        var corpus = Directory.EnumerateFiles(RepoPaths.Corpus, "*.md")
            .Where(path => !Path.GetFileName(path).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var mutator = new CorpusMutator(corpus, seed);
        var failures = new List<string>();
        for (var i = 0; i < FilesPerSeed; i++)
        {
            var bytes = mutator.Next();
            var clock = Stopwatch.StartNew();
            var parsed = DigestFile.Parse($"fuzz-{seed}-{i}.md", bytes);
            var elapsed = clock.Elapsed;

            var hasContent = parsed.Digest.Entries.Count > 0 || parsed.Digest.Picks.Count > 0 || parsed.Digest.Title is not null;
            if (!hasContent && parsed.Problems.Count == 0)
            {
                failures.Add($"input {i}: an empty digest and no problem");
            }

            if (parsed.Problems.FirstOrDefault(p => p.Message.Contains("DigestBot bug", StringComparison.Ordinal)) is { } bug)
            {
                failures.Add($"input {i}: {bug.Message}");
            }

            if (elapsed > PerFileBound)
            {
                failures.Add($"input {i}: took {elapsed.TotalSeconds:0.0} s");
            }
        }

        Assert.True(failures.Count == 0, $"seed {seed}: {failures.Count} of {FilesPerSeed} failed:\n{string.Join('\n', failures.Take(20))}");
    }
}
