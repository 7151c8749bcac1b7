using DigestBot.Digests;

namespace DigestBot.Commands;

/// <summary>What /search and inline mode match: entries whose headline, paper title or summary holds the text (any script, case ignored), newest digest first.</summary>
public static class PaperSearch
{
    /// <summary>The words of what was typed, spaces collapsed.</summary>
    public static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static IEnumerable<(Digest Digest, DigestEntry Entry)> Find(IReadOnlyList<Digest> digests, string query) =>
        digests
            .OrderByDescending(d => d.Year).ThenByDescending(d => d.Week ?? d.Month ?? 0).ThenByDescending(d => d.Issue ?? 0)
            .SelectMany(d => d.Entries.Where(e => Matches(e, query)).Select(e => (d, e)));

    private static bool Matches(DigestEntry entry, string query) =>
        entry.Headline.Contains(query, StringComparison.OrdinalIgnoreCase)
        || (entry.Title?.Contains(query, StringComparison.OrdinalIgnoreCase) ?? false)
        || entry.Summary.Contains(query, StringComparison.OrdinalIgnoreCase);
}
