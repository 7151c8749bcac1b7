using BenchmarkDotNet.Running;
using DigestBot.Benchmarks;

if (args is ["commands", ..])
{
    await DigestBot.Benchmarks.Chat.CommandThroughput.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20_000);
    return;
}

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
