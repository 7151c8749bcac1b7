namespace DigestBot.Telegram;

/// <summary>
/// When one chat may take its next message. Times are those of Telegram's answers: a message arrived at Telegram
/// before its answer came back, so spacing counted from the answer holds at Telegram whatever the delays on the way.
/// A private chat takes one message per spacing; a group, supergroup or channel also at most N in any minute.
/// </summary>
internal sealed class ChatPace(bool isPrivate, TimeSpan spacing, int perMinute)
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private readonly Queue<DateTimeOffset> _lastMinute = new();
    private DateTimeOffset _next = DateTimeOffset.MinValue;

    /// <summary>A message to the chat is on its way: the next one waits for its answer.</summary>
    public bool InFlight { get; set; }

    /// <summary>The earliest time the next message may leave (ignoring <see cref="InFlight"/>).</summary>
    public DateTimeOffset ReadyAt =>
        isPrivate || _lastMinute.Count < perMinute ? _next : Max(_next, _lastMinute.Peek() + Minute);

    public bool IsReady(DateTimeOffset now) => !InFlight && ReadyAt <= now;

    /// <summary>Telegram answered (or the call ended) at <paramref name="answeredAt"/>.</summary>
    public void Answered(DateTimeOffset answeredAt)
    {
        InFlight = false;
        _next = answeredAt + spacing;
        if (!isPrivate)
        {
            _lastMinute.Enqueue(answeredAt);
            while (_lastMinute.Count > perMinute)
            {
                _lastMinute.Dequeue();
            }
        }
    }

    /// <summary>Nothing is owed to this chat any more: its state can be forgotten.</summary>
    public bool Forgettable(DateTimeOffset now) =>
        !InFlight && _next <= now && (_lastMinute.Count == 0 || _lastMinute.Last() + Minute <= now);

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
