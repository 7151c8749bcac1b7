using System.Text.RegularExpressions;

namespace DigestBot.Digests.Parsing;

/// <summary>Reads the arXiv identifier of an arXiv abs or pdf link, any version, with or without .pdf.</summary>
internal static partial class ArxivIds
{
    /// <summary>The arXiv identifier of an arXiv abs or pdf link (any version, with or without .pdf), else null.</summary>
    public static string? Find(string? url)
    {
        if (url is null || ArxivPath().Match(url) is not { Success: true } link)
        {
            return null;
        }

        var path = link.Groups["path"].Value.TrimEnd('/');
        if (path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            path = path[..^4];
        }

        return Id().Match(path) is { Success: true } id ? id.Groups["id"].Value : null;
    }

    /// <summary>An arXiv host, with or without scheme, "www." or "export.", then "abs/" or "pdf/" and the path up to a query or fragment.</summary>
    [GeneratedRegex(@"^(?i:(?:https?://)?(?:www\.|export\.)?arxiv\.org/)(?:abs|pdf)/(?<path>[^?#]*)", RegexOptions.CultureInvariant)]
    private static partial Regex ArxivPath();

    /// <summary>YYMM.NNNNN (or NNNN before 2015), or an old-style "hep-th/9901001"; a version "v2" is no part of the id.</summary>
    [GeneratedRegex(@"^(?<id>[0-9]{4}\.[0-9]{4,5}|(?i:[a-z\-]+(?:\.[a-z]{2})?)/\d{7})(?:[vV][0-9]+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Id();
}
