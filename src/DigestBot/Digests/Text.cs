using System.Text;
using System.Text.RegularExpressions;

namespace DigestBot.Digests;

/// <summary>Small text clean-ups for the damage the machine translation leaves behind.</summary>
internal static partial class Text
{
    /// <summary>Drops stray emphasis markers, collapses whitespace and trims.</summary>
    public static string Clean(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (c == '*')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>Cleans a headline or title: also drops a trailing "T21"-like artefact and separators.</summary>
    public static string CleanLabel(string text)
    {
        var cleaned = TrailingArtefact().Replace(Clean(text), "");
        return cleaned.Trim().Trim('—', '–').Trim();
    }

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

    public static bool IsCjk(char c) =>
        c is >= '\u3000' and <= '\u9fff' or >= '\uff00' and <= '\uffef' or >= '\uac00' and <= '\ud7af';

    [GeneratedRegex(@"(?<=[】\]])\s*T\d{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingArtefact();

    [GeneratedRegex(@"^T\d{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex LoneArtefact();
}
