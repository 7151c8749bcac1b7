using BenchmarkDotNet.Running;
using DigestBot.Benchmarks;

if (args is ["probe"]) { Probe.Run(); return; }
if (args is ["loop"]) { Loop.Run(); return; }
if (args is ["alloc"]) { AllocListener.Run(); return; }
BenchmarkSwitcher.FromAssembly(typeof(ParserBenchmarks).Assembly).Run(args);
