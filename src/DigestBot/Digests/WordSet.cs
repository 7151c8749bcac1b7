using System.Buffers;

namespace DigestBot.Digests;

/// <summary>
/// A few words to look for in short text (a heading): one search for any of their first characters, then a look at
/// the words that start with the character found, instead of one search of the whole text for each word.
/// </summary>
internal sealed class WordSet
{
    private const char KelvinSign = '\u212A';

    private readonly string[] words;
    private readonly SearchValues<char> firstChars;
    private readonly SearchValues<char> firstCharsAnyCase;

    /// <param name="words">Lower-case words: CJK, ASCII letters, spaces and hyphens.</param>
    public WordSet(params string[] words)
    {
        this.words = words;
        var first = string.Concat(words.Select(w => w[0]).Distinct());
        firstChars = SearchValues.Create(first);
        firstCharsAnyCase = SearchValues.Create(first + first.ToUpperInvariant() + (first.Contains('k') ? KelvinSign : ""));
    }

    /// <summary>True when the text contains any of the words (ordinal comparison).</summary>
    public bool IsFoundIn(ReadOnlySpan<char> text) => IsFoundIn(text, firstChars, lowerCased: false);

    /// <summary>
    /// The same as <see cref="IsFoundIn"/> on the text lower-cased the way headings are (with
    /// <see cref="string.ToLowerInvariant"/> when it has an ASCII capital, else as it is), without making that copy.
    /// The words' CJK characters, spaces and hyphens are the lower-case form of no other character; an ASCII letter
    /// is that of its capital and, for "k", of the Kelvin sign.
    /// </summary>
    public bool IsFoundInLowerCased(string text) => IsFoundIn(text, firstCharsAnyCase, lowerCased: true);

    private bool IsFoundIn(ReadOnlySpan<char> text, SearchValues<char> starts, bool lowerCased)
    {
        for (var at = text.IndexOfAny(starts); at >= 0; at = Next(text, at, starts))
        {
            var rest = text[at..];
            var first = lowerCased ? LowerAscii(rest[0]) : rest[0];
            foreach (var word in words)
            {
                if ((word[0] == first || lowerCased && first == KelvinSign) && word.Length <= rest.Length
                    && (lowerCased ? StartsLowerCased(rest, word, text) : rest.StartsWith(word, StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static char LowerAscii(char c) => char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;

    private static bool StartsLowerCased(ReadOnlySpan<char> rest, string word, ReadOnlySpan<char> text)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var (c, w) = (rest[i], word[i]);
            if (c != w && !(char.IsAsciiLetterLower(w) && (c == (char)(w - 32) || w == 'k' && c == KelvinSign && text.ContainsAnyInRange('A', 'Z'))))
            {
                return false;
            }
        }

        return true;
    }

    private static int Next(ReadOnlySpan<char> text, int at, SearchValues<char> starts)
    {
        var next = text[(at + 1)..].IndexOfAny(starts);
        return next < 0 ? -1 : at + 1 + next;
    }
}
