namespace DigestBot.Digests.Parsing;

/// <summary>The entry's links: each in canonical form, near-copies of one page dropped, the primary one first.</summary>
internal sealed partial class EntryBuilder
{
    /// <summary>
    /// The entry. Its primary link is the headline's, else the title's, else the paper of its arXiv id, else the embed
    /// card's, else the first in its prose; site-relative links are resolved against <paramref name="baseUrl"/>.
    /// </summary>
    public DigestEntry Build(string? baseUrl)
    {
        // An item named only by "[2102.06171]title" links to its paper through the id, ahead of links in its prose.
        var paperUrl = headlineUrl is null && _titleUrl is null && _bracketId is not null ? CanonicalUrl.ArxivAbs + _bracketId : null;
        var links = new List<string>();
        foreach (var url in new[] { headlineUrl, _titleUrl, paperUrl }.Concat(_cardUrls).Concat(_bodyLinks))
        {
            if (CanonicalUrl.Normalize(url, baseUrl) is { } canonical && CanonicalUrl.IsWebAddress(canonical)
                && !links.Exists(l => CanonicalUrl.SamePageKey(l).Equals(CanonicalUrl.SamePageKey(canonical), StringComparison.OrdinalIgnoreCase)))
            {
                links.Add(canonical);
            }
        }

        var primary = links.Count > 0 ? links[0] : null;

        // A headline lost in translation ("[](url)——[arxiv.org](url)"): the paper title, else the embed card's title.
        var shown = headline.Length > 0 ? headline : _title ?? _cardTitle ?? "";
        return new DigestEntry(section, shown, _title, CanonicalUrl.ArxivId(primary) ?? _bracketId, primary, [.. links.Skip(1)], _summary.ToString(), line);
    }
}
