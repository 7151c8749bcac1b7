using System.Text;

namespace DigestBot.Digests;

/// <summary>
/// One spare <see cref="StringBuilder"/> per thread for text that is built and turned into a string at once
/// (the pattern of the BCL's own internal cache). A builder taken while the spare is out is simply a new one.
/// </summary>
internal static class StringBuilderCache
{
    private const int MaxCachedCapacity = 1024;

    [ThreadStatic]
    private static StringBuilder? spare;

    public static StringBuilder Acquire()
    {
        var sb = spare;
        if (sb is null)
        {
            return new StringBuilder(64);
        }

        spare = null;
        return sb.Clear();
    }

    /// <summary>The builder's text; the builder goes back to the cache and must not be used again.</summary>
    public static string ToStringAndRelease(StringBuilder sb)
    {
        var text = sb.ToString();
        Release(sb);
        return text;
    }

    public static void Release(StringBuilder sb)
    {
        if (sb.Capacity <= MaxCachedCapacity)
        {
            spare = sb;
        }
    }
}
