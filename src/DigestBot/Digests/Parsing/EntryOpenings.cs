using System.Text;

namespace DigestBot.Digests.Parsing;

/// <summary>
/// The newsletter layout opens each entry with a paragraph such as
/// <c>[**headline**](url?utm_…)**——**[**arxiv.org**](url)</c>; damaged copies drop the headline into
/// the text around an empty link, or swap the two links. This reads the headline and links from such a line.
/// </summary>
internal static class EntryOpenings
{
    /// <summary>The separator between headline and site: "——", sometimes a single "—".</summary>
    private const string Dash = "——";
    private const char SingleDash = '—';

    /// <summary>True when the line opens an entry. A plain link-led line counts only where a new entry is plausible.</summary>
    public static bool Opens(List<Token> line, bool linkLedAllowed)
    {
        var first = TokenLines.FirstNonBlank(line);
        if (first.Kind != TokenKind.Link || first.Url is null)
        {
            return first.Kind == TokenKind.Text && DashBeforeLink(line);
        }

        // A headline link stands alone on its line, or with a few words the translator moved out of it
        // ("[**来自微软**](url) 的超高性能培训 ResNet50"); prose that merely starts with a link goes on for a sentence.
        return HasDash(line)
            || linkLedAllowed && !TokenLines.IsAddressLabel(first) && TokenLines.VisibleText(line, line.IndexOf(first) + 1) is var tail
                && tail.Length <= 24 && !tail.Contains('。', StringComparison.Ordinal);
    }

    private static bool HasDash(List<Token> line) =>
        line.Exists(t => t.Kind == TokenKind.Text && t.Text.Contains(SingleDash) && !IsDrawnRule(t.Text));

    /// <summary>The headline (without site names) of an opening line; its links, primary first, go to <paramref name="urls"/>.</summary>
    public static string Read(List<Token> line, List<string> urls)
    {
        urls.Clear();
        if (line is [{ Kind: TokenKind.Text } plain])
        {
            // A plain heading: the whole text is the headline.
            var label = LabelWithoutDash(plain);
            return CanonicalUrl.LooksLikeAddress(label) ? "" : label;
        }

        var headline = new StringBuilder();
        foreach (var token in line)
        {
            if (token.Kind == TokenKind.Link)
            {
                urls.AddRange(TokenLines.Links([token]));
                AppendHeadline(headline, Text.CleanLabel(WithoutTrailingSite(token)));
            }
            else if (token.Kind == TokenKind.Text)
            {
                AppendHeadline(headline, LabelWithoutDash(token));
            }
        }

        return Text.CleanLabel(headline.ToString());
    }

    /// <summary>The text's label (<see cref="Text.CleanLabel"/>) with "——" read as a space.</summary>
    private static string LabelWithoutDash(Token text) => Text.CleanLabel(text.Text.Replace(Dash, " ", StringComparison.Ordinal));

    /// <summary>Adds a piece of the headline (as <see cref="Text.CleanLabel"/> left it), unless it is an address.</summary>
    private static void AppendHeadline(StringBuilder sb, string cleaned)
    {
        if (cleaned.Length == 0 || CanonicalUrl.LooksLikeAddress(cleaned) || IsBracketedAddress(cleaned))
        {
            return;
        }

        Text.AppendRunning(sb, WithoutLeadingBracketedAddress(cleaned));
    }

    /// <summary>
    /// A short text-led line with a "——" separator and a link: a headline whose link the translation moved. The text
    /// before the first dash is no sentence and under 80 characters.
    /// </summary>
    private static bool DashBeforeLink(List<Token> line)
    {
        var at = line.FindIndex(t => t.Kind == TokenKind.Text && t.Text.Contains(SingleDash));
        if (!TokenLines.HasLink(line) || at < 0)
        {
            return false;
        }

        var before = string.Concat(line.Take(at).Select(t => t.Text)) + line[at].Text[..line[at].Text.IndexOf(SingleDash)];
        return !before.Contains('。', StringComparison.Ordinal) && Text.Clean(before).Length < 80;
    }

    /// <summary>"— — —": a rule drawn with dashes, not a separator between headline and site.</summary>
    private static bool IsDrawnRule(string text) => text.Contains("— —", StringComparison.Ordinal);

    private static bool IsBracketedAddress(string text) =>
        text.StartsWith('【') && text.EndsWith('】') && CanonicalUrl.LooksLikeAddress(text[1..^1]);

    private static string WithoutLeadingBracketedAddress(string text)
    {
        var close = text.StartsWith('【') ? text.IndexOf('】', StringComparison.Ordinal) : -1;
        return close > 0 && CanonicalUrl.LooksLikeAddress(text[1..close]) ? text[(close + 1)..].Trim() : text;
    }

    /// <summary>"中实现视觉转换器 keras.io" → "中实现视觉转换器": a site name the translation glued to a headline.</summary>
    private static string WithoutTrailingSite(Token label)
    {
        var cleaned = Text.Clean(label.Text);
        var space = cleaned.LastIndexOf(' ');
        return space > 0 && CanonicalUrl.LooksLikeAddress(cleaned[(space + 1)..]) ? cleaned[..space] : cleaned;
    }
}
