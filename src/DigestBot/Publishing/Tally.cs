
namespace DigestBot.Publishing;

/// <summary>Counts the rows of a run into a <see cref="ChannelReport"/>.</summary>
internal sealed class Tally
{
    private readonly List<LedgerPost> _failed = [];
    private readonly List<LedgerPost> _unknown = [];
    private int _sentNow;
    private int _alreadySent;
    private int _pending;

    /// <summary>What stopped the channel for the rest of the run (it closed, or retries ran out).</summary>
    public SendResult? Stop { get; set; }

    public void Count(LedgerPost post, bool sentNow = false)
    {
        switch (post.State)
        {
            case PostState.Sent when sentNow:
                _sentNow++;
                break;
            case PostState.Sent:
                _alreadySent++;
                break;
            case PostState.Failed:
                _failed.Add(post);
                break;
            case PostState.Sending:
                _unknown.Add(post);
                break;
            default:
                _pending++;
                break;
        }
    }

    public ChannelReport Report(string week, string channel) =>
        new(week, channel, _sentNow, _alreadySent, _pending, _failed, _unknown, Stop);
}
