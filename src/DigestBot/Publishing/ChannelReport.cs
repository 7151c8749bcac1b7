using System.Globalization;
using System.Text;

namespace DigestBot.Publishing;

/// <summary>What one run did for one digest and channel.</summary>
public sealed record ChannelReport(
    string Week,
    string Channel,
    int SentNow,
    int AlreadySent,
    int Pending,
    IReadOnlyList<LedgerPost> Failed,
    IReadOnlyList<LedgerPost> Unknown,
    SendResult? Stop)
{
    public int Total => SentNow + AlreadySent + Pending + Failed.Count + Unknown.Count;

    public bool Complete => SentNow + AlreadySent == Total;

    public override string ToString()
    {
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture,
            $"{Week} → {Channel}: {SentNow} sent now, {AlreadySent} already sent, {Pending} pending, {Failed.Count} failed, {Unknown.Count} unknown"));
        if (Stop is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"; stopped: {Stop.Reason}");
        }

        foreach (var post in Failed)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n  failed  {post.Entry}: {post.Reason}");
        }

        foreach (var post in Unknown)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n  unknown {post.Entry}: {post.Reason ?? "the run stopped after sending began"} (resend with: digestbot post --week {Week} --channel {Channel} --resend-unknown)");
        }

        return text.ToString();
    }
}
