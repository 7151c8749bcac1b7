using System.Runtime.InteropServices;

namespace DigestBot.Digests;

/// <summary>The entry's links: each in canonical form, near-copies of one page dropped, the primary one first.</summary>
internal sealed partial class EntryBuilder
{
    private readonly List<string> candidates = new(4);

    /// <summary>Each candidate's <see cref="CanonicalUrl.SamePageKey"/>: a prefix of it, so its length is all to keep.</summary>
    private readonly List<int> candidateKeyLengths = new(4);
    private readonly List<string> seenRaw = new(8);
    private string? primaryArxivId;
    private bool primaryArxivIdKnown;

    public DigestEntry Build(string? baseUrl)
    {
        // An item named only by "[2102.06171]title" links to its paper through the id, ahead of links in its prose.
        var paperUrl = headlineUrl is null && titleUrl is null && bracketId is not null ? CanonicalUrl.ArxivAbs + bracketId : null;
        candidates.Clear();
        candidateKeyLengths.Clear();
        seenRaw.Clear();
        primaryArxivIdKnown = false;
        Collect(headlineUrl, baseUrl);
        Collect(titleUrl, baseUrl);
        Collect(paperUrl, baseUrl);
        foreach (var url in cardUrls)
        {
            Collect(url, baseUrl);
        }

        foreach (var url in bodyLinks)
        {
            Collect(url, baseUrl);
        }

        var primary = candidates.Count > 0 ? candidates[0] : null;
        var arxiv = (primaryArxivIdKnown ? primaryArxivId : CanonicalUrl.ArxivId(primary)) ?? bracketId;

        // A headline lost in translation ("[](url)——[arxiv.org](url)"): the paper title, else the embed card's title.
        var shown = headline.Length > 0 ? headline : title ?? cardTitle ?? "";
        // The other links as one array (an entry with none shares the empty one) rather than a list and the array under it.
        string[] links = candidates.Count > 1 ? CollectionsMarshal.AsSpan(candidates)[1..].ToArray() : [];
        return new DigestEntry(section, shown, title, arxiv, primary, links, summary.ToString(), line);
    }

    /// <summary>Adds a link's canonical form unless it is not a web address or the same page is already a candidate.</summary>
    private void Collect(string? url, string? baseUrl)
    {
        if (url is null || seenRaw.Contains(url))
        {
            return;
        }

        seenRaw.Add(url);
        if (CanonicalUrl.ForEntry(url, baseUrl, out bool isArxiv, out int keyLength) is not { } canonical)
        {
            return;
        }

        var key = canonical.AsSpan(0, keyLength);
        for (var i = 0; i < candidates.Count; i++)
        {
            if (key.Equals(candidates[i].AsSpan(0, candidateKeyLengths[i]), StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        if (candidates.Count == 0 && isArxiv)
        {
            // The primary link's id, read once: an arXiv link's canonical form is ArxivAbs and the id it was made from.
            (primaryArxivId, primaryArxivIdKnown) = (canonical[CanonicalUrl.ArxivAbs.Length..], true);
        }

        candidates.Add(canonical);
        candidateKeyLengths.Add(key.Length);
    }
}
