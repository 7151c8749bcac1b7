using BenchmarkDotNet.Running;
using DigestBot.Benchmarks;

if (args is ["commands", ..])
{
    await DigestBot.Benchmarks.Chat.CommandThroughput.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20_000);
    return;
}

if (args is ["burst", ..])
{
    await DigestBot.Benchmarks.Limits.BurstScenario.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 300);
    return;
}

if (args is ["broadcast", ..])
{
    await DigestBot.Benchmarks.Limits.BroadcastScenario.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000);
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
