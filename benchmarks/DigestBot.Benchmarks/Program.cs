using BenchmarkDotNet.Running;
using DigestBot.Benchmarks;

var summaries = BenchmarkSwitcher.FromAssembly(typeof(ParserBenchmarks).Assembly).Run(args);
foreach (var summary in summaries)
{
    RatioReport.Print(summary, Console.Out);
}
