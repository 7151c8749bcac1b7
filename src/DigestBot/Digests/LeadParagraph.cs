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

    /// <summary>
    /// True when the visible text after the link is at most 24 characters and has no "。". Cleaning drops and adds no
    /// "。" and makes no text longer, so the text is made only when the raw one is longer and has no "。".
    /// </summary>
    private static bool IsShortTail(List<Token> line, int from)
    {
        var raw = 0;
        for (var i = from; i < line.Count; i++)
        {
            if (line[i].Kind is TokenKind.Text or TokenKind.Link)
            {
                if (line[i].Span.Contains('。'))
                {
                    return false;
                }

                raw += line[i].Length;
            }
        }

        return raw <= 24 || Lines.VisibleText(line, from).Length <= 24;
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

                AppendHeadline(headline, Text.CleanLabel(WithoutTrailingSite(token)));
            }
            else if (token.Kind == TokenKind.Text && token.Span.ContainsAnyExcept(SingleDash))
            {
                // A text of nothing but "—" (the separator between the links) is no part of the headline: its label
                // is empty once "——" is read as a space and the dashes are trimmed, so it is not made.
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
    /// <remarks>
    /// The text before the dash is looked at in place: cleaning drops and adds no "。" and makes no text longer, so
    /// it is joined and cleaned only when it is 80 characters or more before cleaning and has no "。".
    /// </remarks>
    private static bool DashBeforeLink(List<Token> line)
    {
        if (!Lines.HasLink(line))
        {
            return false;
        }

        var raw = 0;
        for (var i = 0; i < line.Count; i++)
        {
            var span = line[i].Span;
            var dash = line[i].Kind == TokenKind.Text ? span.IndexOf(SingleDash) : -1;
            var before = dash >= 0 ? span[..dash] : span;
            if (before.Contains('。'))
            {
                return false;
            }

            raw += before.Length;
            if (dash >= 0)
            {
                return raw < 80 || CleanedLengthBefore(line, i, dash) < 80;
            }
        }

        return false;
    }

    /// <summary>The length of the cleaned text of the tokens before <paramref name="at"/> and that token's first <paramref name="dash"/> chars.</summary>
    private static int CleanedLengthBefore(List<Token> line, int at, int dash)
    {
        var before = StringBuilderCache.Acquire();
        for (var i = 0; i < at; i++)
        {
            before.Append(line[i].Span);
        }

        before.Append(line[at].Span[..dash]);
        return Text.Clean(StringBuilderCache.ToStringAndRelease(before)).Length;
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
    private static string WithoutTrailingSite(Token label)
    {
        var cleaned = label.CleanText(); // no copy of the label's slice before it is cleaned
        var space = cleaned.LastIndexOf(' ');
        return space > 0 && CanonicalUrl.LooksLikeAddress(cleaned.AsSpan(space + 1)) ? cleaned[..space] : cleaned;
    }
}
