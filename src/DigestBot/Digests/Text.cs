using System.Text;
using System.Text.RegularExpressions;

namespace DigestBot.Digests;

/// <summary>Small text clean-ups for the damage the machine translation leaves behind.</summary>
internal static partial class Text
{
    /// <summary>
    /// Drops stray emphasis markers (runs of "*", or a lone "*" at a word's edge), collapses whitespace and trims.
    /// A lone "*" between two characters ("d_k*d_v") is kept: that one is text.
    /// </summary>
    public static string Clean(string text) => IsClean(text) ? text : Cleaned(text);

    /// <summary><see cref="Clean(string)"/> of part of a text (a token's slice): the string is made only here.</summary>
    public static string Clean(ReadOnlySpan<char> text) => IsClean(text) ? text.ToString() : Cleaned(text);

    /// <summary>
    /// <see cref="Clean(string)"/> into a buffer the caller keeps (grown when too small): the text itself when it is
    /// clean, else the cleaned text in the buffer, valid until the buffer is used again.
    /// </summary>
    public static ReadOnlySpan<char> CleanInto(ReadOnlySpan<char> text, ref char[] buffer)
    {
        if (IsClean(text))
        {
            return text;
        }

        if (buffer.Length < text.Length)
        {
            buffer = new char[Math.Max(text.Length, buffer.Length * 2)];
        }

        return buffer.AsSpan(0, CleanTo(text, buffer));
    }

    private static string Cleaned(ReadOnlySpan<char> text)
    {
        var buffer = text.Length <= 1024 ? stackalloc char[text.Length] : new char[text.Length];
        return new string(buffer[..CleanTo(text, buffer)]);
    }

    /// <summary>Writes the cleaned text to <paramref name="buffer"/> (as long as the text at least); returns its length.</summary>
    private static int CleanTo(ReadOnlySpan<char> text, Span<char> buffer)
    {
        var length = 0;
        var space = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '*' && !IsLoneInnerStar(text, i))
            {
                continue;
            }

            if (IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }

            if (space)
            {
                buffer[length++] = ' ';
                space = false;
            }

            buffer[length++] = c;
        }

        return length;
    }

    /// <summary>True when <see cref="Clean"/> would return the text unchanged.</summary>
    private static bool IsClean(ReadOnlySpan<char> text) =>
        text.Length == 0 || !IsWhiteSpace(text[0]) && !IsWhiteSpace(text[^1]) && !CleanScan.HasWork(text);

    private static bool IsLoneInnerStar(ReadOnlySpan<char> text, int i) =>
        i > 0 && i < text.Length - 1 && text[i - 1] != '*' && text[i + 1] != '*'
        && !IsWhiteSpace(text[i - 1]) && !IsWhiteSpace(text[i + 1]);

    /// <summary>Cleans a headline or title: also drops a trailing "T21"-like artefact and separators.</summary>
    public static string CleanLabel(string text) => LabelOfClean(Clean(text));

    /// <summary><see cref="CleanLabel"/> of text that is already clean (<see cref="Clean"/>'s output).</summary>
    public static string LabelOfClean(string cleaned)
    {
        if (MayEndWithArtefact(cleaned))
        {
            cleaned = TrailingArtefact().Replace(cleaned, "");
        }

        if (cleaned.Length > 0 && (IsTrimmedAtEnds(cleaned[0]) || IsTrimmedAtEnds(cleaned[^1])))
        {
            cleaned = cleaned.Trim().Trim(Chars.Dashes).Trim();
        }
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

    /// <summary>Whitespace or a dash: what a label loses at its ends.</summary>
    private static bool IsTrimmedAtEnds(char c) => IsWhiteSpace(c) || c is '—' or '–';

    /// <summary>A pick's text without its pointer to the section ("…(1。机器学习论文)") or a stray letter before Chinese text.</summary>
    public static string CleanPick(string text)
    {
        // Each regex runs only where it can match: the pointer ends the text, the stray capital starts it.
        var pick = CleanLabel(text);
        if (pick.Length > 0 && pick[^1] is ')' or '）' or '\n')
        {
            pick = SectionPointer().Replace(pick, "");
        }

        if (pick.Length > 0 && char.IsAsciiLetterUpper(pick[0]))
        {
            pick = StrayLetter().Replace(pick, "");
        }

        return pick.Trim();
    }

    /// <summary>A title without the "#" that glued two headings together ("Akira 的 ML 新闻# 2020 年第 50 周").</summary>
    public static string CleanTitle(string text) =>
        text.Contains('#', StringComparison.Ordinal) ? GluedHash().Replace(CleanLabel(text), " ") : CleanLabel(text);

    /// <summary>The text without a "T21"-like artefact after a closing bracket ("【https://…】T21").</summary>
    public static string WithoutArtefact(string text) =>
        MayEndWithArtefact(text) ? TrailingArtefact().Replace(text, "") : text;

    /// <summary><see cref="WithoutArtefact(string)"/> of a line's text, copied only when it may end with an artefact.</summary>
    public static ReadOnlySpan<char> WithoutArtefact(ReadOnlySpan<char> text) =>
        MayEndWithArtefact(text) ? TrailingArtefact().Replace(text.ToString(), "") : text;

    /// <summary>
    /// True when the text ends with an ASCII digit after "T" and at most two more digits: only then can
    /// <see cref="TrailingArtefact"/> match (its \d is any Unicode digit), so most lines skip the regex.
    /// </summary>
    private static bool MayEndWithArtefact(ReadOnlySpan<char> text)
    {
        if (text.Length == 0 || !char.IsAsciiDigit(text[^1]))
        {
            return false;
        }

        var i = text.Length - 2;
        while (i >= 0 && text.Length - 1 - i < 3 && char.IsDigit(text[i]))
        {
            i--;
        }

        return i >= 0 && text[i] == 'T';
    }

    /// <summary>True when the text ends as a sentence does (。！？!?.；): a title line or a title's second half does not.</summary>
    public static bool EndsSentence(string text) =>
        text.Length > 0 && text[^1] is '。' or '！' or '？' or '!' or '?' or '.' or '；';

    /// <summary>A stray "T3" left on a line of its own by the translation.</summary>
    public static bool IsArtefact(ReadOnlySpan<char> cleaned) => cleaned.Length is >= 2 and <= 4 && cleaned[0] == 'T' && LoneArtefact().IsMatch(cleaned);

    /// <summary>Joins two pieces of running text: no space between CJK characters, one otherwise.</summary>
    public static void AppendRunning(StringBuilder sb, ReadOnlySpan<char> piece)
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

    [GeneratedRegex(@"(?<=[】\]])\s*T\d{1,3}$", RegexOptions.CultureInvariant)]
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
