using System.Text.Json;
using DigestBot.Digests;

namespace DigestBot.Cli;

/// <summary>The export format: exactly the documented camelCase names, null where unknown.</summary>
public static class ExportJson
{
    public static string Serialize(IReadOnlyList<ParsedDigest> parsed)
    {
        var document = new ExportDocument(
            parsed.Select(p => ToExport(p.Digest)).ToList(),
            parsed.SelectMany(p => p.Problems).Select(p => new ExportProblem(p.File, p.Line, p.Message)).ToList());
        return JsonSerializer.Serialize(document, CliJson.Options);
    }

    private static ExportDigest ToExport(Digest d) => new(
        d.File, d.Kind?.Slug(), d.Year, d.Week, d.Month, d.Issue, d.Title, d.Source,
        d.Picks.Select(p => new ExportPick(p.Text, p.Url)).ToList(),
        d.Entries.Select(e => new ExportEntry(
            e.Section.Slug(), NullIfEmpty(e.Headline), e.Title, e.ArxivId, e.Url, e.Links, NullIfEmpty(e.Summary))).ToList());

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    private sealed record ExportDocument(IReadOnlyList<ExportDigest> Digests, IReadOnlyList<ExportProblem> Problems);

    private sealed record ExportDigest(string File, string? Kind, int? Year, int? Week, int? Month, int? Issue,
        string? Title, string? Source, IReadOnlyList<ExportPick> Picks, IReadOnlyList<ExportEntry> Entries);

    private sealed record ExportPick(string Text, string? Url);

    private sealed record ExportEntry(string Section, string? Headline, string? Title, string? ArxivId, string? Url,
        IReadOnlyList<string> Links, string? Summary);

    private sealed record ExportProblem(string File, int Line, string Message);
}
