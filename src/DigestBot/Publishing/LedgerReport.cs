using System.Globalization;

namespace DigestBot.Publishing;

/// <summary>The ledger as plain text, per week and channel, naming every failed and unknown post: `digestbot status` and /status.</summary>
public static class LedgerReport
{
    public static string Render(IReadOnlyList<LedgerPost> rows, string? week, string? unknownHint = null)
    {
        if (rows.Count == 0)
        {
            return week is null ? "Nothing posted yet.\n" : $"Nothing posted for {week}.\n";
        }

        var text = new System.Text.StringBuilder();
        foreach (var group in rows.GroupBy(r => (r.Week, r.Channel)))
        {
            int Count(PostState state) => group.Count(r => r.State == state);
            text.Append(CultureInfo.InvariantCulture,
                $"{group.Key.Week} {group.Key.Channel}: {Count(PostState.Sent)} sent, {Count(PostState.Pending)} pending, {Count(PostState.Failed)} failed, {Count(PostState.Sending)} unknown\n");
            foreach (var row in group.Where(r => r.State is PostState.Failed or PostState.Sending))
            {
                var what = row.State == PostState.Failed ? "failed " : "unknown";
                text.Append(CultureInfo.InvariantCulture, $"  {what} {row.Entry} ({row.UpdatedAt:u}): {row.Reason ?? "sending began and no outcome was recorded (crash or stop)"}\n");
            }
        }

        if (rows.Any(r => r.State == PostState.Sending))
        {
            text.Append(unknownHint ?? "Unknown posts may have arrived: check the channel, then `digestbot post --week W --resend-unknown` re-sends them.").Append('\n');
        }

        return text.ToString();
    }
}
