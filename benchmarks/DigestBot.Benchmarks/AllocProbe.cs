using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using DigestBot.Digests;
using Markdig;

namespace DigestBot.Benchmarks;

internal sealed class AllocListener : EventListener
{
    public ConcurrentDictionary<string, long> Types { get; } = new();

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) == true && e.Payload is not null)
        {
            var name = e.PayloadNames!.IndexOf("TypeName") is var i and >= 0 ? e.Payload[i]?.ToString() ?? "?" : "?";
            Types.AddOrUpdate(name, 1, (_, n) => n + 1);
        }
    }

    public static void Run()
    {
        var files = Corpus.Load();
        var docs = files.Select(f => Markdown.Parse(f.Text)).ToArray();
        using var listener = new AllocListener();
        for (var i = 0; i < 300; i++)
        {
            foreach (var (d, f) in docs.Zip(files))
            {
                new DocumentWalker(f.Name, new ProblemLog(f.Name)).Walk(d);
            }
        }

        foreach (var (type, n) in listener.Types.OrderByDescending(kv => kv.Value).Take(25))
        {
            Console.WriteLine($"{n,6} {type}");
        }
    }
}
