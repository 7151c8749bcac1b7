using BenchmarkDotNet.Running;
using DigestBot.Benchmarks;

if (args is ["quick"])
{
    Quick.Run();
    return;
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(ParserBenchmarks).Assembly).Run(args);
foreach (var summary in summaries)
{
    RatioReport.Print(summary, Console.Out);
}
