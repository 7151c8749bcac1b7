using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DigestBot.Digests;

/// <summary>
/// The inner check of <see cref="Text.Clean"/>: does the text hold a star, ASCII whitespace other than the space
/// (tab to carriage return), a no-break, ideographic or narrow no-break space, one of U+2000..U+200A, or two spaces
/// in a row? Clean asks it of thousands of strings per digest, so the six searches it once made are fused into one
/// vectorized pass. The rarer Unicode spaces (U+0085, U+1680, U+2028/9, U+205F) are left as they are.
/// </summary>
internal static class CleanScan
{
    public static bool HasWork(ReadOnlySpan<char> text)
    {
        var chars = MemoryMarshal.Cast<char, ushort>(text);
        var width = Vector128<ushort>.Count;
        if (!Vector128.IsHardwareAccelerated || chars.Length <= width)
        {
            return HasWorkScalar(text);
        }

        // Each block also reads the chars one further on, for the "two spaces" test. The last block overlaps the one
        // before it so that no scalar tail is left, and the last char, which nothing follows, is checked on its own.
        ref var first = ref MemoryMarshal.GetReference(chars);
        var last = chars.Length - 1 - width;
        for (var i = 0; i < last; i += width)
        {
            if (HasWork(ref first, i))
            {
                return true;
            }
        }

        return HasWork(ref first, last) || IsWork(text[^1]);
    }

    /// <summary>The test for the chars at <paramref name="at"/>, each paired with the one after it.</summary>
    private static bool HasWork(ref ushort first, int at)
    {
        var c = Vector128.LoadUnsafe(ref first, (nuint)at);
        var next = Vector128.LoadUnsafe(ref first, (nuint)at + 1);
        var hit = Vector128.LessThanOrEqual(c - Vector128.Create((ushort)'\t'), Vector128.Create((ushort)('\r' - '\t')))
            | Vector128.Equals(c, Vector128.Create((ushort)'*'))
            | Vector128.Equals(c, Vector128.Create((ushort)'\u00a0'))
            | Vector128.Equals(c, Vector128.Create((ushort)'\u3000'))
            | Vector128.Equals(c, Vector128.Create((ushort)'\u202f'))
            | Vector128.LessThanOrEqual(c - Vector128.Create((ushort)'\u2000'), Vector128.Create((ushort)('\u200a' - '\u2000')))
            | Vector128.Equals(c, Vector128.Create((ushort)' ')) & Vector128.Equals(next, Vector128.Create((ushort)' '));
        return hit != Vector128<ushort>.Zero;
    }

    private static bool HasWorkScalar(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsWork(text[i]) || text[i] == ' ' && i + 1 < text.Length && text[i + 1] == ' ')
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWork(char c) =>
        c is >= '\t' and <= '\r' or '*' or '\u00a0' or '\u3000' or '\u202f' or >= '\u2000' and <= '\u200a';
}
