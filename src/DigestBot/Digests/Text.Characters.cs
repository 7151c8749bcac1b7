using System.Runtime.CompilerServices;

namespace DigestBot.Digests;

/// <summary>Character classes the clean-ups need, exact but cheaper than the general Unicode lookups for CJK text.</summary>
internal static partial class Text
{
    /// <summary>
    /// <see cref="char.IsWhiteSpace(char)"/> without its Unicode table lookup for the CJK text most of a digest is:
    /// beyond Latin-1 only these characters are whitespace (checked for every character).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // asked of every char in several loops; the JIT did not inline it
    public static bool IsWhiteSpace(char c) =>
        c < '\u0100' ? char.IsWhiteSpace(c) : c is '\u1680' or >= '\u2000' and <= '\u200a' or '\u2028' or '\u2029' or '\u202f' or '\u205f' or '\u3000';

    /// <summary>
    /// The same as <see cref="string.ToLowerInvariant"/>, without a call into ICU for the usual heading: ASCII mixed with
    /// Chinese text and punctuation, characters that have no case (checked for every char of each range below).
    /// </summary>
    public static string LowerInvariant(string text)
    {
        foreach (var c in text)
        {
            if (c > '\x7f' && !IsCaseless(c))
            {
                return text.ToLowerInvariant();
            }
        }

        return !text.AsSpan().ContainsAnyInRange('A', 'Z') ? text : string.Create(text.Length, text, static (lower, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                lower[i] = char.IsAsciiLetterUpper(source[i]) ? (char)(source[i] | 0x20) : source[i];
            }
        });
    }

    private static bool IsCaseless(char c) =>
        c is >= '\u00a0' and <= '\u00bf' or >= '\u2000' and <= '\u206f' or >= '\u2e80' and <= '\u9fff' or >= '\uac00' and <= '\ud7af'
            or >= '\uff01' and <= '\uff20' or >= '\uff3b' and <= '\uff40' or >= '\uff5b' and <= '\uffef';

    /// <summary>
    /// The value of the decimal digits a regex's \d matched, in any script: "４３" from a Chinese input method is 43, where
    /// <see cref="int.Parse(string)"/> takes ASCII digits only and throws. The patterns allow at most four digits.
    /// </summary>
    public static int Number(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + (int)char.GetNumericValue(c);
        }

        return value;
    }

    public static bool IsCjk(char c) =>
        c is >= '\u3000' and <= '\u9fff' or >= '\uff00' and <= '\uffef' or >= '\uac00' and <= '\ud7af';
}
