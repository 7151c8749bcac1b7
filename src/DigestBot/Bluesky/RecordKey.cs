using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using DigestBot.Publishing;

namespace DigestBot.Bluesky;

/// <summary>
/// The record key (a TID) of a post, derived from its ledger key alone, so every attempt of a post, in any run or
/// process, creates the same record: after an unknown delivery getRecord with this key tells whether it landed.
/// A TID is 64 bits, the top one zero, then 53 bits of microseconds since 1970 and 10 bits of clock id, written in
/// base32-sortable as 13 characters. Here the microseconds are the Monday of the post's week (when the label names
/// one) plus a hash of the key within that week, and the clock id is more of the hash: keys stay near their week's
/// time, never in the future, and the posts of a week (6·10^14 possible keys) practically never collide.
/// </summary>
public static partial class RecordKey
{
    private const string Alphabet = "234567abcdefghijklmnopqrstuvwxyz";
    private const long MicrosecondsPerWeek = 7L * 24 * 3600 * 1_000_000;

    public static string For(PostKey key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{key.Week}\n{key.Entry}\n{key.Channel}"));
        var value = BinaryPrimitives.ReadUInt64BigEndian(hash);
        var micros = WeekStart(key.Week).ToUnixTimeMilliseconds() * 1000 + (long)(value % MicrosecondsPerWeek);
        var clockId = (long)(value >> 54);
        return Encode((micros << 10) | clockId);
    }

    /// <summary>The 13-character base32-sortable form of a TID's 64 bits.</summary>
    public static string Encode(long tid)
    {
        var text = new char[13];
        var rest = (ulong)tid & 0x7FFF_FFFF_FFFF_FFFF;
        for (var i = 12; i >= 0; i--)
        {
            text[i] = Alphabet[(int)(rest & 31)];
            rest >>= 5;
        }

        return new string(text);
    }

    /// <summary>The Monday (UTC) of the ISO week a label names ("2020-W43", "#29 (2020-W43)"); else 2020-01-01.</summary>
    public static DateTimeOffset WeekStart(string week)
    {
        var match = IsoWeek().Match(week);
        if (!match.Success)
        {
            return new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        }

        var year = Math.Clamp(int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture), 1970, 2200);
        var number = Math.Clamp(int.Parse(match.Groups["w"].Value, CultureInfo.InvariantCulture), 1, ISOWeek.GetWeeksInYear(year));
        return new DateTimeOffset(ISOWeek.ToDateTime(year, number, DayOfWeek.Monday), TimeSpan.Zero);
    }

    [GeneratedRegex(@"(?<y>\d{4})-W(?<w>\d{2})", RegexOptions.CultureInvariant)]
    private static partial Regex IsoWeek();
}
