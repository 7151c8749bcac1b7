using System.Diagnostics;
using DigestBot.Digests;
using Markdig;

namespace DigestBot.Benchmarks;

/// <summary>A quick interleaved comparison for development (`-- quick`); BenchmarkDotNet gives the reported numbers.</summary>
internal static class Quick
{
    public static void Run()
    {
        var files = Corpus.Load();
        double markdig = double.MaxValue, parser = double.MaxValue;
        for (var round = 0; round < 40; round++)
        {
            markdig = Math.Min(markdig, Time(() => Array.ForEach(files, f => Markdown.Parse(f.Text))));
            parser = Math.Min(parser, Time(() => Array.ForEach(files, f => DigestParser.Parse(f.Name, f.Text))));
        }

        Console.WriteLine($"best of 40 x 50: markdig {markdig:0.000} ms, parser {parser:0.000} ms, ratio {parser / markdig:0.00}");
    }

    private static double Time(Action action)
    {
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < 50; i++)
        {
            action();
        }

        return sw.Elapsed.TotalMilliseconds / 50;
    }
}
