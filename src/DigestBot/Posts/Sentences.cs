
namespace DigestBot.Posts;

/// <summary>
/// Splits a summary into sentences. Chinese and Japanese end at 。！？ (with any closing quote or bracket that
/// follows); Latin text ends at . ! ? before a space, the end, or a Chinese character. A full stop is not an end
/// inside a number (1.5 倍), a version (v2.0), an address or an arXiv id (no space follows those), or after an
/// abbreviation (e.g., et al., Fig.) or an initial.
/// </summary>
public static class Sentences
{
    private static readonly string[] Abbreviations =
        ["e.g", "i.e", "al", "etc", "vs", "cf", "fig", "figs", "eq", "eqs", "no", "dr", "mr", "ms", "prof", "inc", "ltd", "jr", "st", "approx", "resp", "ca", "vol", "pp"];

    public static IReadOnlyList<string> Split(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var end = EndAt(text, i);
            if (end < 0)
            {
                continue;
            }

            Add(sentences, text[start..end]);
            start = end;
            i = end - 1;
        }

        Add(sentences, text[start..]);
        return sentences;
    }

    /// <summary>If a sentence ends with the character at <paramref name="i"/>, the index just after it (and its closers).</summary>
    private static int EndAt(string text, int i)
    {
        var c = text[i];
        if (c is '。' or '！' or '？')
        {
            return AfterClosers(text, i + 1);
        }

        if (c is not ('.' or '!' or '?'))
        {
            return -1;
        }

        var next = i + 1 < text.Length ? text[i + 1] : ' ';
        if (next is '.' || (i > 0 && text[i - 1] == '.'))
        {
            return -1; // an ellipsis written as dots
        }

        var atBreak = char.IsWhiteSpace(next) || i + 1 == text.Length || IsCjk(next);
        if (!atBreak || (c == '.' && (IsAbbreviation(text, i) || (IsCjk(next) && i > 0 && char.IsAsciiDigit(text[i - 1])))))
        {
            return -1;
        }

        return AfterClosers(text, i + 1);
    }

    private static int AfterClosers(string text, int i)
    {
        while (i < text.Length && text[i] is '”' or '’' or '」' or '』' or '）' or ')' or '】' or '"' or '\'' or '》')
        {
            i++;
        }

        return i;
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var start = dot;
        while (start > 0 && (char.IsAsciiLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        var word = text.AsSpan(start, dot - start);
        if (word.Length == 1 && char.IsAsciiLetterUpper(word[0]))
        {
            return true; // an initial: "J. Smith"
        }

        foreach (var abbreviation in Abbreviations)
        {
            if (word.Equals(abbreviation, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCjk(char c) => c is >= '\u3040' and <= '\u9fff' or >= '\uac00' and <= '\ud7af';

    private static void Add(List<string> sentences, string sentence)
    {
        var trimmed = sentence.Trim();
        if (trimmed.Length > 0)
        {
            sentences.Add(trimmed);
        }
    }
}
