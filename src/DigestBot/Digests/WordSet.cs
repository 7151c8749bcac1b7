using System.Buffers;

namespace DigestBot.Digests;

/// <summary>
/// A few words to look for in short text (a heading): one search for any of their first characters, then a look at
/// the words that start with the character found, instead of one search of the whole text for each word.
/// </summary>
internal sealed class WordSet
{
    private readonly string[] words;
    private readonly SearchValues<char> firstChars;

    public WordSet(params string[] words)
    {
        this.words = words;
        firstChars = SearchValues.Create(string.Concat(words.Select(w => w[0]).Distinct()));
    }

    /// <summary>True when the text contains any of the words (ordinal comparison).</summary>
    public bool IsFoundIn(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOfAny(firstChars); at >= 0; at = NextCandidate(text, at))
        {
            var rest = text[at..];
            foreach (var word in words)
            {
                if (word[0] == rest[0] && rest.StartsWith(word, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private int NextCandidate(ReadOnlySpan<char> text, int at)
    {
        var next = text[(at + 1)..].IndexOfAny(firstChars);
        return next < 0 ? -1 : at + 1 + next;
    }
}
