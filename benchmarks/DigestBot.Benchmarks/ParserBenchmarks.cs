using BenchmarkDotNet.Attributes;
using Markdig;

namespace DigestBot.Benchmarks;

/// <summary>
/// The digest parser over the whole corpus, against Markdig's own parse of the same text (the baseline),
/// so the Ratio column is the parser's cost over the raw Markdown parse. Both run with the bot's runtime settings
/// (<see cref="BotRuntimeConfig"/>).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BotRuntimeConfig))]
public class ParserBenchmarks
{
    private (string Name, string Text)[] _files = [];

    [GlobalSetup]
    public void Setup() => _files = Corpus.Load();

    [Benchmark(Baseline = true, Description = "Markdig.Markdown.Parse (corpus)")]
    public int MarkdigOnly()
    {
        var blocks = 0;
        foreach (var (_, text) in _files)
        {
            blocks += Markdown.Parse(text).Count;
        }

        return blocks;
    }

    [Benchmark(Description = "DigestParser.Parse (corpus)")]
    public int DigestParser()
    {
        var entries = 0;
        foreach (var (name, text) in _files)
        {
            entries += Digests.DigestParser.Parse(name, text).Digest.Entries.Count;
        }

        return entries;
    }
}
