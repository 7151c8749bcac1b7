using System.Globalization;
using System.Text;
using DigestBot.Digests;

namespace DigestBot.Cli;

/// <summary>The `weeks` listing: one line per digest with its entry counts per section.</summary>
public static class WeeksReport
{
    public static string Render(IReadOnlyList<ParsedDigest> parsed)
    {
        var sb = new StringBuilder();
        var ordered = parsed.OrderBy(p => p.Digest.Year ?? int.MaxValue)
            .ThenBy(p => p.Digest.Week ?? (p.Digest.Month is { } m ? m * 4.35 : 99))
            .ThenBy(p => p.Digest.Issue ?? 0)
            .ThenBy(p => p.Digest.File, StringComparer.Ordinal);
        foreach (var p in ordered)
        {
            var d = p.Digest;
            var counts = string.Join("  ", SectionNames.All.Select(s => $"{s.Slug()} {d.Count(s)}"));
            var kind = d.Kind?.Slug() ?? "unknown";
            sb.Append(CultureInfo.InvariantCulture, $"{d.Label,-18} {kind,-8} {counts}  picks {d.Picks.Count}  {d.File}");
            if (p.Problems.Count > 0)
            {
                sb.Append(CultureInfo.InvariantCulture, $"  ({p.Problems.Count} problem{(p.Problems.Count == 1 ? "" : "s")})");
            }

            sb.AppendLine();
        }

        var total = parsed.Sum(p => p.Digest.Entries.Count);
        sb.AppendLine(CultureInfo.InvariantCulture, $"{parsed.Count} digests, {total} entries, {parsed.Sum(p => p.Problems.Count)} problems");
        return sb.ToString();
    }
}
