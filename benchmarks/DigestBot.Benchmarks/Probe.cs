using System.Diagnostics;
using DigestBot.Digests;
using Markdig;
using Markdig.Syntax;

namespace DigestBot.Benchmarks;

internal static class Probe
{
    public static void Run()
    {
        var files = Corpus.Load();
        void Time(string name, Action a)
        {
            for (var i = 0; i < 50; i++) a();
            var before = GC.GetAllocatedBytesForCurrentThread();
            var sw = Stopwatch.StartNew();
            for (var i = 0; i < 300; i++) a();
            Console.WriteLine($"{name}: {sw.Elapsed.TotalMilliseconds / 300:0.000} ms, {(GC.GetAllocatedBytesForCurrentThread() - before) / 300 / 1024} KB, gen0 {GC.CollectionCount(0)} gen1 {GC.CollectionCount(1)} gen2 {GC.CollectionCount(2)}");
        }
        var docs = files.Select(f => Markdown.Parse(f.Text)).ToArray();
        Time("markdig", () => { foreach (var f in files) Markdown.Parse(f.Text); });
        Time("parser", () => { foreach (var f in files) DigestParser.Parse(f.Name, f.Text); });
        var pipeline = new MarkdownPipelineBuilder().Build();
        Time("markdig+pipeline", () => { foreach (var f in files) Markdown.Parse(f.Text, pipeline); });
        var leanBuilder = new MarkdownPipelineBuilder();
        leanBuilder.BlockParsers.RemoveAll(p => p is Markdig.Parsers.HtmlBlockParser or Markdig.Parsers.FencedCodeBlockParser or Markdig.Parsers.IndentedCodeBlockParser);
        leanBuilder.InlineParsers.RemoveAll(p => p is Markdig.Parsers.Inlines.CodeInlineParser or Markdig.Parsers.Inlines.HtmlEntityParser);
        var lean = leanBuilder.Build();
        Time("markdig lean", () => { foreach (var f in files) Markdown.Parse(f.Text, lean); });
        Time("markdig+walk", () => { foreach (var f in files) new DocumentWalker(f.Name, new ProblemLog(f.Name)).Walk(Markdown.Parse(f.Text, pipeline)); });
        Time("clamp+markdig+walk", () => { foreach (var f in files) { var p = new ProblemLog(f.Name); new DocumentWalker(f.Name, p).Walk(Markdown.Parse(Indentation.Clamp(f.Text, p), pipeline)); } });
        Time("clamp", () => { foreach (var f in files) Indentation.Clamp(f.Text, new ProblemLog(f.Name)); });
        Time("tokens", () => { foreach (var d in docs) foreach (var b in d.Descendants<LeafBlock>()) TokenReader.Read(b); });

        Time("walker", () => { foreach (var (d, f) in docs.Zip(files)) new DocumentWalker(f.Name, new ProblemLog(f.Name)).Walk(d); });
        var links = docs.SelectMany(d => d.Descendants<Markdig.Syntax.Inlines.LinkInline>()).Select(l => l.Url ?? "").ToArray();
        Time($"normalize {links.Length} links", () => { foreach (var l in links) CanonicalUrl.Normalize(l); });
        Time("looksLikeAddress", () => { foreach (var l in links) CanonicalUrl.LooksLikeAddress(l); });
        var heads = docs.SelectMany(d => d.OfType<HeadingBlock>()).ToArray();
        var headTokens = heads.Select(TokenReader.Read).Select(t => t.ToList()).ToArray();
        var headTexts = headTokens.Select(t => Lines.VisibleText(t)).ToArray();
        Time($"heading tokens x{heads.Length}", () => { foreach (var h in heads) TokenReader.Read(h); });
        Time("heading visible", () => { foreach (var t in headTokens) Lines.VisibleText(t); });
        Time("heading classify", () => { foreach (var t in headTexts) HeadingClassifier.Classify(t, true); });
        Time("heading isnumbered", () => { foreach (var t in headTexts) HeadingClassifier.IsNumbered(t); });
        Time("heading leadread", () => { foreach (var t in headTokens) LeadParagraph.Read(t); });
        Time("entrybuilder", () => { foreach (var t in headTexts) new EntryBuilder(Section.Papers, 1, t, "https://arxiv.org/abs/2010.01412?utm_source=x", true).Build(null); });
        var texts = docs.SelectMany(d => d.Descendants<LeafBlock>()).Select(b => Lines.VisibleText(TokenReader.Read(b))).ToArray();
        Time($"clean {texts.Length} texts", () => { foreach (var t in texts) Text.Clean(t); });
        Time("bareurls", () => { foreach (var t in texts) _ = BareUrls.Find(t).Count; });
        Time("classify", () => { foreach (var t in texts) HeadingClassifier.Classify(t, true); });
        Time("findweek", () => { foreach (var t in texts) DigestIdentity.FindWeek(t); });
    }
}

internal static class Loop
{
    public static void Run()
    {
        var files = Corpus.Load();
        var sw = Stopwatch.StartNew();
        var docs = files.Select(f => Markdown.Parse(f.Text)).ToArray();
        while (sw.Elapsed.TotalSeconds < 8)
        {
            foreach (var (d, f) in docs.Zip(files)) new DocumentWalker(f.Name, new ProblemLog(f.Name)).Walk(d);
        }
    }
}
