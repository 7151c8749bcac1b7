using System.Text;

namespace DigestBot.Posts;

/// <summary>Whether a grapheme cluster is an emoji (a pictograph, a flag, a keycap, with modifiers and joiners).</summary>
internal static class Emoji
{
    public static bool IsEmoji(ReadOnlySpan<char> cluster)
    {
        if (cluster.IsEmpty || Rune.DecodeFromUtf16(cluster, out var first, out var used) != System.Buffers.OperationStatus.Done)
        {
            return false;
        }

        var cp = first.Value;
        if (cp is '#' or '*' or >= '0' and <= '9')
        {
            return cluster.Contains('\u20E3'); // keycap: "#️⃣"
        }

        if (IsPictographic(cp))
        {
            return true;
        }

        // A text-style symbol turned into an emoji by U+FE0F, as in "©️".
        return cp > 0x7F && cluster[used..].Contains('\uFE0F');
    }

    private static bool IsPictographic(int cp) => cp switch
    {
        >= 0x1F000 and <= 0x1FAFF => true,   // pictographs, emoticons, transport, flags (regional indicators), supplements
        >= 0x2600 and <= 0x27BF => true,     // miscellaneous symbols and dingbats
        >= 0x2300 and <= 0x23FF => true,     // watch, hourglass, media controls
        >= 0x2B00 and <= 0x2BFF => true,     // arrows, star, circle
        >= 0x2190 and <= 0x21FF => true,     // arrows
        >= 0x25A0 and <= 0x25FF => true,     // geometric shapes
        0x00A9 or 0x00AE or 0x203C or 0x2049 or 0x2122 or 0x2139 or 0x24C2 or 0x2934 or 0x2935 => true,
        0x3030 or 0x303D or 0x3297 or 0x3299 => true,
        _ => false,
    };
}
