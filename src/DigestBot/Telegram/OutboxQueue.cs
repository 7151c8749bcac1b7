namespace DigestBot.Telegram;

/// <summary>
/// The messages waiting for Telegram, by priority and then age, and each chat's pace. Not thread-safe: the
/// outbox holds its lock around every call.
/// </summary>
internal sealed class OutboxQueue(TimeSpan chatSpacing, int groupPerMinute)
{
    private const int ForgetAbove = 1_000;

    private readonly LinkedList<OutboxItem>[] _byPriority = [new(), new(), new()];
    private readonly Dictionary<string, ChatPace> _chats = new(StringComparer.Ordinal);

    public int Count => _byPriority.Sum(l => l.Count);

    /// <summary>Adds a message at the end of its priority, or at the front when it was taken and comes back (after a 429).</summary>
    public void Add(OutboxItem item, bool front = false)
    {
        var list = _byPriority[(int)item.Priority];
        item.Node = front ? list.AddFirst(item) : list.AddLast(item);
    }

    /// <summary>Takes a message out while it still waits (its sender gave up); false when it already left.</summary>
    public static bool Remove(OutboxItem item)
    {
        if (item.Node?.List is not { } list)
        {
            return false;
        }

        list.Remove(item.Node);
        item.Node = null;
        return true;
    }

    /// <summary>
    /// The first message, by priority then age, whose chat may take one now (with <paramref name="paidOnly"/>, a paid
    /// broadcast message), left in the queue. With none, <paramref name="wakeAt"/> says when one will be (null: only
    /// after a change). Answers past their deadline are removed into <paramref name="expired"/>. While
    /// <paramref name="paused"/>, none is ready and only deadlines count.
    /// </summary>
    public OutboxItem? Peek(DateTimeOffset now, bool paused, bool paidOnly, List<OutboxItem> expired, out DateTimeOffset? wakeAt)
    {
        wakeAt = null;
        foreach (var list in _byPriority)
        {
            for (var node = list.First; node is not null;)
            {
                var item = node.Value;
                node = node.Next;
                if (item.Deadline <= now)
                {
                    Remove(item);
                    expired.Add(item);
                    continue;
                }

                var chat = Pace(item);
                if (!paused && chat.IsReady(now) && (item.Paid || !paidOnly))
                {
                    return item;
                }

                wakeAt = Earliest(wakeAt, paused || chat.InFlight ? item.Deadline : Earliest(chat.ReadyAt, item.Deadline));
            }
        }

        return null;
    }

    /// <summary>Takes a message <see cref="Peek"/> found out of the queue; its chat is busy until <see cref="Answered"/>.</summary>
    public void Take(OutboxItem item)
    {
        Remove(item);
        Pace(item).InFlight = true;
    }

    /// <summary>Empties the queue (the process stops): the messages that were still waiting.</summary>
    public List<OutboxItem> Clear()
    {
        var left = _byPriority.SelectMany(l => l).ToList();
        left.ForEach(item => Remove(item));
        return left;
    }

    /// <summary>The call for a taken message ended at <paramref name="at"/>: its chat's pace counts from then.</summary>
    public void Answered(OutboxItem item, DateTimeOffset at)
    {
        Pace(item).Answered(at);
        if (_chats.Count > ForgetAbove)
        {
            foreach (var (chat, pace) in _chats)
            {
                if (pace.Forgettable(at))
                {
                    _chats.Remove(chat);
                }
            }
        }
    }

    private ChatPace Pace(OutboxItem item)
    {
        if (item.Chat is null)
        {
            return new ChatPace(isPrivate: true, TimeSpan.Zero, groupPerMinute); // no chat to pace: always ready
        }

        if (!_chats.TryGetValue(item.Chat, out var pace))
        {
            pace = _chats[item.Chat] = new ChatPace(item.IsPrivate, chatSpacing, groupPerMinute);
        }

        return pace;
    }

    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : a < b ? a : b;
}
