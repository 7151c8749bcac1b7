using System.Text;
using System.Text.RegularExpressions;

namespace DigestBot.Digests.Parsing;

/// <summary>Small text clean-ups for the damage the machine translation leaves behind.</summary>
internal static partial class Text
{
    /// <summary>
    /// Drops stray emphasis markers (runs of "*", or a lone "*" at a word's edge), collapses whitespace and trims.
    /// A lone "*" between two characters ("d_k*d_v") is kept: that one is text.
    /// </summary>
    public static string Clean(string text)
    {
        if (IsClean(text))
        {
            return text;
        }

        var cleaned = new StringBuilder(text.Length);
        var space = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '*' && !IsLoneInnerStar(text, i))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = cleaned.Length > 0;
                continue;
            }

            if (space)
            {
                cleaned.Append(' ');
                space = false;
            }

            cleaned.Append(c);
        }

        return cleaned.ToString();
    }

    /// <summary>No star, and no white space but single spaces between words: most text, which is returned as it is.</summary>
    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '*' || char.IsWhiteSpace(c) && (c != ' ' || i == 0 || i == text.Length - 1 || text[i + 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLoneInnerStar(string text, int i) =>
        i > 0 && i < text.Length - 1 && text[i - 1] != '*' && text[i + 1] != '*'
        && !char.IsWhiteSpace(text[i - 1]) && !char.IsWhiteSpace(text[i + 1]);

    /// <summary>Cleans a headline or title: also drops a trailing "T21"-like artefact and separators.</summary>
    public static string CleanLabel(string text) => LabelOfClean(Clean(text));

    /// <summary><see cref="CleanLabel"/> of text that is already clean (<see cref="Clean"/>'s output).</summary>
    public static string LabelOfClean(string cleaned)
    {
        cleaned = WithoutArtefact(cleaned).Trim().Trim('—', '–').Trim();
        if (cleaned.EndsWith('】') && !cleaned.Contains('【', StringComparison.Ordinal))
        {
            cleaned = cleaned[..^1].TrimEnd();
        }

        if (cleaned.StartsWith('【') && !cleaned.Contains('】', StringComparison.Ordinal))
        {
            cleaned = cleaned[1..].TrimStart();
        }

        if (cleaned.EndsWith('【') || cleaned.EndsWith('['))
        {
            cleaned = cleaned[..^1].TrimEnd();
        }

        return cleaned;
    }

    /// <summary>A pick's text without its pointer to the section ("…(1。机器学习论文)") or a stray letter before Chinese text.</summary>
    public static string CleanPick(string text) =>
        StrayLetter().Replace(SectionPointer().Replace(CleanLabel(text), ""), "").Trim();

    /// <summary>A title without the "#" that glued two headings together ("Akira 的 ML 新闻# 2020 年第 50 周").</summary>
    public static string CleanTitle(string text) => GluedHash().Replace(CleanLabel(text), " ");

    /// <summary>The text without a "T21"-like artefact after a closing bracket ("【https://…】T21").</summary>
    public static string WithoutArtefact(string text) => TrailingArtefact().Replace(text, "${bracket}");

    /// <summary>True when the text ends as a sentence does (。！？!?.；): a title line or a title's second half does not.</summary>
    public static bool EndsSentence(string text) =>
        text.Length > 0 && text[^1] is '。' or '！' or '？' or '!' or '?' or '.' or '；';

    /// <summary>A stray "T3" left on a line of its own by the translation.</summary>
    public static bool IsArtefact(string cleaned) => LoneArtefact().IsMatch(cleaned);

    /// <summary>Joins two pieces of running text: no space between CJK characters, one otherwise.</summary>
    public static void AppendRunning(StringBuilder sb, string piece)
    {
        if (piece.Length == 0)
        {
            return;
        }

        if (sb.Length > 0 && !(IsCjk(sb[^1]) && IsCjk(piece[0])))
        {
            sb.Append(' ');
        }

        sb.Append(piece);
    }

    /// <summary>Two pieces of running text joined (<see cref="AppendRunning"/>).</summary>
    public static string JoinRunning(string head, string tail)
    {
        var sb = new StringBuilder(head);
        AppendRunning(sb, tail);
        return sb.ToString();
    }

    public static bool IsCjk(char c) =>
        c is >= '\u3000' and <= '\u9fff' or >= '\uff00' and <= '\uffef' or >= '\uac00' and <= '\ud7af';

    /// <summary>
    /// The value of the decimal digits a regex's \d matched, in any script: "４３" from a Chinese input method is 43, where
    /// <see cref="int.Parse(string)"/> takes ASCII digits only and throws. The patterns allow at most four digits.
    /// </summary>
    public static int Number(string digits) => digits.Aggregate(0, (value, c) => (value * 10) + (int)char.GetNumericValue(c));

    [GeneratedRegex(@"(?<bracket>[】\]])\s*T\d{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingArtefact();

    [GeneratedRegex(@"\s*[(（]\s*\d\s*[。.．]\s*[^()（）]{1,20}[)）]$", RegexOptions.CultureInvariant)]
    private static partial Regex SectionPointer();

    [GeneratedRegex(@"^[A-Z]\s+(?=[\u4e00-\u9fff])", RegexOptions.CultureInvariant)]
    private static partial Regex StrayLetter();

    [GeneratedRegex(@"\s*#\s*(?=(?:19|20)\d{2}\s*年|第)", RegexOptions.CultureInvariant)]
    private static partial Regex GluedHash();

    [GeneratedRegex(@"^T\d{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex LoneArtefact();
}
