using System.Globalization;
using System.Text.RegularExpressions;

namespace DigestBot.X;

/// <summary>
/// The URLs X would link in a text, as twitter-text finds them: with a scheme, any host whose labels are
/// at most 63 characters once punycode-encoded and whose top-level domain is alphabetic; without a scheme,
/// an ASCII host with a known top-level domain. Uncertain means "maybe a URL": its weight is then the larger of
/// a URL's and its own, so that a count never comes out short.
/// </summary>
public static partial class XUrls
{
    private static readonly HashSet<string> KnownTopLevelDomains = new(StringComparer.OrdinalIgnoreCase)
    {
        "com", "net", "org", "edu", "gov", "mil", "int", "io", "co", "ai", "dev", "app", "info", "biz", "me", "tv",
        "us", "uk", "jp", "cn", "de", "fr", "kr", "ru", "in", "ca", "au", "br", "it", "es", "nl", "se", "ch", "eu",
        "be", "at", "dk", "fi", "no", "pl", "pt", "cz", "hk", "tw", "sg", "nz", "ie", "il", "za", "mx", "ar", "ly",
        "gl", "ac", "cc", "pub", "blog", "news", "tech", "xyz", "site", "online", "cloud", "science", "page",
    };

    private static readonly IdnMapping Idn = new() { AllowUnassigned = true };

    public static IReadOnlyList<XUrl> Find(string text)
    {
        var urls = new List<XUrl>();
        foreach (Match m in WithScheme().Matches(text))
        {
            if (ValidHost(m.Groups["host"].Value) is not null)
            {
                var length = TrimTrailingPunctuation(text, m.Index, m.Length);
                urls.Add(new XUrl(m.Index, length, Certain: true));
            }
        }

        foreach (Match m in WithoutScheme().Matches(text))
        {
            if (urls.Exists(u => m.Index < u.Start + u.Length && u.Start < m.Index + m.Length))
            {
                continue;
            }

            if (ValidHost(m.Groups["host"].Value) is { } tld)
            {
                var length = TrimTrailingPunctuation(text, m.Index, m.Length);
                urls.Add(new XUrl(m.Index, length, Certain: KnownTopLevelDomains.Contains(tld)));
            }
        }

        urls.Sort((a, b) => a.Start.CompareTo(b.Start));
        return urls;
    }

    /// <summary>The top-level domain when every label is valid, else null.</summary>
    private static string? ValidHost(string host)
    {
        var labels = host.Split('.');
        if (labels.Length < 2)
        {
            return null;
        }

        foreach (var label in labels)
        {
            if (label.Length == 0 || PunycodeLength(label) > 63)
            {
                return null;
            }
        }

        var tld = labels[^1];
        if (tld.Length < 2 || !tld.All(char.IsLetter))
        {
            return null;
        }

        return tld;
    }

    private static int PunycodeLength(string label)
    {
        if (label.All(char.IsAscii))
        {
            return label.Length;
        }

        try
        {
            return Idn.GetAscii(label).Length;
        }
        catch (ArgumentException)
        {
            return int.MaxValue;
        }
    }

    private static int TrimTrailingPunctuation(string text, int start, int length)
    {
        while (length > 0 && text[start + length - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '"' or ')' or ']')
        {
            length--;
        }

        return length;
    }

    [GeneratedRegex(@"https?://(?<host>[^\s/?#:\p{Cf}]+)(?::\d+)?(?:[/?#][^\s\p{Cf}]*)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WithScheme();

    [GeneratedRegex(@"(?<![\p{L}\p{N}@.\-/])(?<host>(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+[a-z]{2,})(?![\p{L}\p{N}\-])(?::\d+)?(?:[/?#][^\s\p{Cf}]*)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WithoutScheme();
}

/// <summary>A URL found in a text: where it starts, its length, and whether X would surely link it.</summary>
public sealed record XUrl(int Start, int Length, bool Certain);
