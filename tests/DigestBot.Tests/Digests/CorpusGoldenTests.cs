using System.Text.Json;
using DigestBot.Digests;

namespace DigestBot.Tests.Digests;

/// <summary>
/// Every real digest of ../shared/corpus against expectations written by reading the files by hand
/// (Golden/*.json): identity, picks, entries per section, and line, canonical URL and arXiv id of every paper.
/// </summary>
public sealed class CorpusGoldenTests
{
    public static TheoryData<string> GoldenFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(GoldenFolder, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(path));
        }

        return data;
    }

    private static string GoldenFolder => Path.Combine(AppContext.BaseDirectory, "Digests", "Golden");

    [Theory]
    [MemberData(nameof(GoldenFiles))]
    public void Corpus_file_matches_its_hand_read_golden(string name)
    {
        var golden = JsonSerializer.Deserialize<Golden>(File.ReadAllText(Path.Combine(GoldenFolder, name + ".json")), JsonOptions)!;
        var parsed = DigestFile.Read(Path.Combine(RepoPaths.Corpus, golden.File));
        var d = parsed.Digest;

        Assert.Equal(golden.Kind, d.Kind?.Slug());
        Assert.Equal((golden.Year, golden.Week, golden.Month, golden.Issue), (d.Year, d.Week, d.Month, d.Issue));
        Assert.Equal(golden.Picks, d.Picks.Count);
        foreach (var (slug, count) in golden.Sections)
        {
            Assert.True(count == d.Entries.Count(e => e.Section.Slug() == slug),
                $"{golden.File}: expected {count} {slug} entries, parsed {d.Entries.Count(e => e.Section.Slug() == slug)}");
        }

        AssertEntries(golden.Papers, d.Entries.Where(e => e.Section == Section.Papers).ToList());
        AssertEntries(golden.Featured, d.Entries.Where(e => e.Section == Section.Featured).ToList());
    }

    [Fact]
    public void Every_corpus_file_has_a_golden()
    {
        var corpus = Directory.EnumerateFiles(RepoPaths.Corpus, "*.md")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(n => n != "README")
            .Order(StringComparer.Ordinal);
        var goldens = Directory.EnumerateFiles(GoldenFolder, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(corpus, goldens);
    }

    [Fact]
    public void Whole_corpus_parses_with_every_digest_identified_and_every_paper_linked()
    {
        var all = DigestFolder.Load(RepoPaths.Corpus);

        Assert.Equal(26, all.Count);
        Assert.All(all, p => Assert.NotNull(p.Digest.Kind));
        Assert.All(all.SelectMany(p => p.Digest.Entries).Where(e => e.Section == Section.Papers), e => Assert.NotNull(e.Url));
        Assert.DoesNotContain(all.SelectMany(p => p.Digest.Entries), e => e.Url is { } u && u.Contains("utm_", StringComparison.Ordinal));
    }

    [Fact]
    public void Parsing_a_digest_again_after_others_gives_the_same_result()
    {
        // The parser hands Markdig's pooled line arrays back after each parse; a later parse reuses them.
        var files = Directory.EnumerateFiles(RepoPaths.Corpus, "*.md").Where(p => !p.EndsWith("README.md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).Select(p => (Name: Path.GetFileName(p), Text: File.ReadAllText(p))).ToList();
        var first = files.Select(f => Snapshot(DigestParser.Parse(f.Name, f.Text))).ToList();

        var again = files.AsEnumerable().Reverse().Select(f => Snapshot(DigestParser.Parse(f.Name, f.Text))).Reverse().ToList();

        Assert.Equal(first, again);
        Assert.Equal(340, first.Sum(s => JsonDocument.Parse(s).RootElement.GetProperty("Digest").GetProperty("Entries").GetArrayLength()));
    }

    private static string Snapshot(ParsedDigest parsed) => JsonSerializer.Serialize(parsed);

    private static void AssertEntries(IReadOnlyList<GoldenEntry> expected, IReadOnlyList<DigestEntry> actual)
    {
        Assert.Equal(
            expected.Select(e => (e.Line, e.Url, e.ArxivId)).ToList(),
            actual.Select(e => (e.Line, e.Url, e.ArxivId)).ToList());
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private sealed record Golden(string File, string? Kind, int? Year, int? Week, int? Month, int? Issue, int Picks,
        Dictionary<string, int> Sections, List<GoldenEntry> Papers, List<GoldenEntry> Featured);

    private sealed record GoldenEntry(int Line, string? Url, string? ArxivId);
}
