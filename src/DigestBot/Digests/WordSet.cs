using System.Buffers;

namespace DigestBot.Digests;

/// <summary>
/// A few groups of words to look for in short text (a heading): one search for any of their first characters, then a
/// look at the words that start with the character found, instead of one search of the whole text for each word. It
/// tells which groups have a word in the text, so a caller that ranks several groups searches the text only once.
/// </summary>
internal sealed class WordSet
{
    private const char KelvinSign = '\u212A';

    /// <summary>The words' distinct first characters; <see cref="wordsByFirst"/> holds the words of each, in order.</summary>
    private readonly string firstChars;
    private readonly (string Word, int Group)[][] wordsByFirst;
    private readonly int allGroups;
    private readonly SearchValues<char> starts;
    private readonly SearchValues<char> startsAnyCase;

    /// <param name="groups">Groups of lower-case words (CJK, ASCII letters, spaces and hyphens); group i is bit 1 &lt;&lt; i.</param>
    public WordSet(params string[][] groups)
    {
        var words = groups.SelectMany((words, i) => words.Select(w => (Word: w, Group: 1 << i))).ToArray();
        firstChars = string.Concat(words.Select(w => w.Word[0]).Distinct());
        wordsByFirst = [.. firstChars.Select(c => words.Where(w => w.Word[0] == c).ToArray())];
        allGroups = (1 << groups.Length) - 1;
        starts = SearchValues.Create(firstChars);
        startsAnyCase = SearchValues.Create(firstChars + firstChars.ToUpperInvariant() + (firstChars.Contains('k') ? KelvinSign : ""));
    }

    /// <summary>The groups (one bit each) with a word in the text (ordinal comparison).</summary>
    public int GroupsIn(ReadOnlySpan<char> text) => GroupsIn(text, starts, lowerCased: false);

    /// <summary>
    /// The same as <see cref="GroupsIn"/> on the text lower-cased the way headings are (with
    /// <see cref="string.ToLowerInvariant"/> when it has an ASCII capital, else as it is), without making that copy.
    /// The words' CJK characters, spaces and hyphens are the lower-case form of no other character; an ASCII letter
    /// is that of its capital and, for "k", of the Kelvin sign.
    /// </summary>
    public int GroupsInLowerCased(string text) => GroupsIn(text, startsAnyCase, lowerCased: true);

    /// <remarks>
    /// A word can start only where the text has its first character (or, lower-cased, that character's capital or
    /// the Kelvin sign for "k"), so only the words of that character are compared there.
    /// </remarks>
    private int GroupsIn(ReadOnlySpan<char> text, SearchValues<char> searched, bool lowerCased)
    {
        var found = 0;
        for (var at = text.IndexOfAny(searched); at >= 0 && found != allGroups; at = Next(text, at, searched))
        {
            var rest = text[at..];
            var first = lowerCased ? LowerAscii(rest[0]) : rest[0];
            foreach (var (word, group) in wordsByFirst[firstChars.IndexOf(first == KelvinSign ? 'k' : first)])
            {
                if ((found & group) == 0 && word.Length <= rest.Length
                    && (lowerCased ? StartsLowerCased(rest, word, text) : rest.StartsWith(word, StringComparison.Ordinal)))
                {
                    found |= group;
                }
            }
        }

        return found;
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

    private static int Next(ReadOnlySpan<char> text, int at, SearchValues<char> searched)
    {
        var next = text[(at + 1)..].IndexOfAny(searched);
        return next < 0 ? -1 : at + 1 + next;
    }
}
