using System.Globalization;
using BenchmarkDotNet.Reports;

namespace DigestBot.Benchmarks;

/// <summary>Prints the two readings of the parser's cost next to the raw Markdig parse of the same text.</summary>
internal static class RatioReport
{
    public static void Print(Summary summary, TextWriter output)
    {
        var markdig = Mean(summary, nameof(ParserBenchmarks.MarkdigOnly));
        var parser = Mean(summary, nameof(ParserBenchmarks.DigestParser));
        if (markdig is not { } m || parser is not { } p)
        {
            return;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Markdig.Markdown.Parse {m / 1e6:0.000} ms, DigestParser.Parse {p / 1e6:0.000} ms per corpus: " +
            $"total {p / m:0.00}x the raw parse; cost beyond the raw parse {(p - m) / m:0.00}x the raw parse " +
            $"({(System.Runtime.GCSettings.IsServerGC ? "Server" : "workstation")} GC, Dynamic PGO {(BotRuntimeConfig.DynamicPgo ? "on" : "off, as the bot runs")})"));
    }

    private static double? Mean(Summary summary, string method) =>
        summary.Reports.FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method)?.ResultStatistics?.Mean;
}
