namespace DigestBot.Tests.Fakes;

/// <summary>
/// Telegram's limits as a fake enforces them on each sendMessage as it arrives: at most N a second in all, one a
/// second to one chat, 20 in any minute to one group or channel. A message past a limit gets 429 with retry_after,
/// and the bot is told to wait: a message that arrives during that wait is counted (Telegram punishes it with longer waits).
/// </summary>
public sealed class FloodControl(int perSecond = 30, int groupPerMinute = 20)
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private readonly Lock _lock = new();
    private readonly Queue<DateTimeOffset> _lastSecond = new();
    private readonly Dictionary<string, DateTimeOffset> _lastToChat = [];
    private readonly Dictionary<string, Queue<DateTimeOffset>> _groupMinute = [];
    private DateTimeOffset _waitUntil = DateTimeOffset.MinValue;

    /// <summary>Messages answered 429.</summary>
    public int TooManyRequests { get; private set; }

    /// <summary>Messages that arrived while the bot had been told to wait.</summary>
    public int SentDuringRetryAfter { get; private set; }

    /// <summary>Null when the message may be delivered (it is then counted); else the retry_after of a 429.</summary>
    public int? Check(string chat, DateTimeOffset now)
    {
        lock (_lock)
        {
            if (now < _waitUntil)
            {
                SentDuringRetryAfter++;
                return Refuse(now, _waitUntil);
            }

            while (_lastSecond.Count > 0 && _lastSecond.Peek() <= now - Second)
            {
                _lastSecond.Dequeue();
            }

            var group = _groupMinute.TryGetValue(chat, out var minute) ? minute : _groupMinute[chat] = new Queue<DateTimeOffset>();
            while (group.Count > 0 && group.Peek() <= now - Minute)
            {
                group.Dequeue();
            }

            if (_lastSecond.Count >= perSecond || (_lastToChat.TryGetValue(chat, out var last) && now - last < Second))
            {
                return Refuse(now, now + Second);
            }

            if (IsGroup(chat) && group.Count >= groupPerMinute)
            {
                return Refuse(now, group.Peek() + Minute);
            }

            _lastSecond.Enqueue(now);
            _lastToChat[chat] = now;
            group.Enqueue(now);
            return null;
        }
    }

    private int Refuse(DateTimeOffset now, DateTimeOffset until)
    {
        TooManyRequests++;
        _waitUntil = until > _waitUntil ? until : _waitUntil;
        return Math.Max(1, (int)Math.Ceiling((until - now).TotalSeconds));
    }

    private static bool IsGroup(string chat) => chat.StartsWith('-') || chat.StartsWith('@');
}
