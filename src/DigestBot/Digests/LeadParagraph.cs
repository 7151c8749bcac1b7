using System.Text;

namespace DigestBot.Digests;

/// <summary>
/// The newsletter layout opens each entry with a paragraph such as
/// <c>[**headline**](url?utm_…)**——**[**arxiv.org**](url)</c>; damaged copies drop the headline into
/// the text around an empty link, or swap the two links. This reads the headline and links from such a line.
/// </summary>
internal static class LeadParagraph
{
    /// <summary>The separator between headline and site: "——", sometimes a single "—".</summary>
    private const string Dash = "——";
    private const char SingleDash = '—';

    /// <summary>True when the line opens an entry. A plain link-led line counts only where a new entry is plausible.</summary>
    public static bool Opens(List<Token> line, bool linkLedAllowed)
    {
        var first = Lines.FirstNonBlank(line);
        if (first.Kind != TokenKind.Link || first.Url is null)
        {
            return first.Kind == TokenKind.Text && DashBeforeLink(line);
        }

        if (HasDash(line))
        {
            return true;
        }

        // A headline link stands alone on its line, or with a few words the translator moved out of it
        // ("[**来自微软**](url) 的超高性能培训 ResNet50"); prose that merely starts with a link goes on for a sentence.
        return linkLedAllowed && !Lines.IsAddressLabel(first) && IsShortTail(line, line.IndexOf(first) + 1);
    }

    private static bool IsShortTail(List<Token> line, int from)
    {
        var tail = Lines.VisibleText(line, from);
        return tail.Length <= 24 && !tail.Contains('。', StringComparison.Ordinal);
    }

    private static bool HasDash(List<Token> line)
    {
        foreach (var token in line)
        {
            if (token.Kind == TokenKind.Text && token.Span.Contains(SingleDash) && !IsDrawnRule(token.Span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The headline (without site names) of an opening line; its links, primary first, go to <paramref name="urls"/>.
    /// <paramref name="visible"/> is the line's <see cref="Lines.VisibleText(List{Token}, int)"/>, when the caller has it.
    /// </summary>
    public static string Read(List<Token> line, List<string> urls, string? visible = null)
    {
        urls.Clear();
        if (line.Count == 1 && line[0].Kind == TokenKind.Text)
        {
            // A plain heading: the whole text is the headline.
            var plain = LabelWithoutDash(line[0], visible);
            return CanonicalUrl.LooksLikeAddress(plain) ? "" : plain;
        }

        var headline = StringBuilderCache.Acquire();
        foreach (var token in line)
        {
            if (token.Kind == TokenKind.Link)
            {
                if (!string.IsNullOrWhiteSpace(token.Url))
                {
                    urls.Add(token.Url);
                }

                AppendHeadline(headline, Text.CleanLabel(WithoutTrailingSite(token.Text)));
            }
            else if (token.Kind == TokenKind.Text)
            {
                AppendHeadline(headline, LabelWithoutDash(token));
            }
        }

        return Text.CleanLabel(StringBuilderCache.ToStringAndRelease(headline));
    }

    /// <summary>
    /// The text's label (<see cref="Text.CleanLabel"/>) with "——" read as a space; a slice is copied once.
    /// <paramref name="clean"/> is the token's <see cref="Token.CleanText"/>, when the caller has it.
    /// </summary>
    private static string LabelWithoutDash(Token text, string? clean = null) =>
        text.Span.Contains(Dash, StringComparison.Ordinal)
            ? Text.CleanLabel(text.Text.Replace(Dash, " ", StringComparison.Ordinal))
            : Text.LabelOfClean(clean ?? text.CleanText());

    /// <summary>Adds a piece of the headline (as <see cref="Text.CleanLabel"/> left it), unless it is an address.</summary>
    private static void AppendHeadline(StringBuilder sb, string cleaned)
    {
        if (cleaned.Length == 0 || CanonicalUrl.LooksLikeAddress(cleaned) || IsBracketedAddress(cleaned))
        {
            return;
        }

        cleaned = StripLeadingBracketedAddress(cleaned);
        Text.AppendRunning(sb, cleaned);
    }

    /// <summary>A short text-led line with a "——" separator and a link: a headline whose link the translation moved.</summary>
    private static bool DashBeforeLink(List<Token> line)
    {
        if (!Lines.HasLink(line))
        {
            return false;
        }

        var before = StringBuilderCache.Acquire();
        foreach (var token in line)
        {
            var dash = token.Kind == TokenKind.Text ? token.Span.IndexOf(SingleDash) : -1;
            if (dash >= 0)
            {
                before.Append(token.Span[..dash]);
                var lead = Text.Clean(StringBuilderCache.ToStringAndRelease(before));
                return lead.Length < 80 && !lead.Contains('。', StringComparison.Ordinal);
            }

            before.Append(token.Span);
        }

        StringBuilderCache.Release(before);
        return false;
    }

    /// <summary>"— — —": a rule drawn with dashes, not a separator between headline and site.</summary>
    private static bool IsDrawnRule(ReadOnlySpan<char> text) => text.Contains("— —", StringComparison.Ordinal);

    private static bool IsBracketedAddress(string text) =>
        text.StartsWith('【') && text.EndsWith('】') && CanonicalUrl.LooksLikeAddress(text.AsSpan(1, text.Length - 2));

    private static string StripLeadingBracketedAddress(string text)
    {
        if (!text.StartsWith('【'))
        {
            return text;
        }

        var close = text.IndexOf('】', StringComparison.Ordinal);
        return close > 0 && CanonicalUrl.LooksLikeAddress(text.AsSpan(1, close - 1)) ? text[(close + 1)..].Trim() : text;
    }

    /// <summary>"中实现视觉转换器 keras.io" → "中实现视觉转换器": a site name the translation glued to a headline.</summary>
    private static string WithoutTrailingSite(string label)
    {
        var cleaned = Text.Clean(label);
        var space = cleaned.LastIndexOf(' ');
        return space > 0 && CanonicalUrl.LooksLikeAddress(cleaned.AsSpan(space + 1)) ? cleaned[..space] : cleaned;
    }
}
