using DigestBot.Digests;

namespace DigestBot.Posts;

/// <summary>
/// The entries posted one by one: every entry of section papers, plus featured entries whose link is a paper
/// (arXiv, OpenReview, a proceedings or journal site). Articles, use cases and other topics are only counted.
/// </summary>
public static class Papers
{
    private static readonly string[] PaperHosts =
    [
        "arxiv.org", "openreview.net", "thecvf.com", "papers.nips.cc", "proceedings.neurips.cc", "proceedings.mlr.press",
        "aclanthology.org", "aclweb.org", "ijcai.org", "aaai.org", "jmlr.org", "ecva.net", "ieeexplore.ieee.org",
        "dl.acm.org", "link.springer.com", "nature.com", "science.org", "sciencedirect.com", "biorxiv.org", "medrxiv.org",
        "aip.scitation.org", "pnas.org", "iopscience.iop.org", "semanticscholar.org", "researchgate.net",
    ];

    public static IReadOnlyList<DigestEntry> Of(Digest digest) =>
        digest.Entries.Where(e => e.Section == Section.Papers || (e.Section == Section.Featured && IsPaperLink(e.Url))).ToList();

    public static bool IsPaperLink(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return false;
        }

        var host = uri.Host;
        return PaperHosts.Any(p => host.Equals(p, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + p, StringComparison.OrdinalIgnoreCase))
            || uri.AbsolutePath.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);
    }
}
