using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace DigestBot.Tests.Fakes;

/// <summary>getUpdates (long polling by offset), and the calls that set the bot up.</summary>
public sealed partial class FakeBotApi
{
    private readonly List<JsonObject> _updates = [];
    private readonly ConcurrentDictionary<string, bool> _chats = new();
    private readonly ConcurrentQueue<JsonObject> _setup = new();
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private PollSlot? _poll;
    private int _conflicts;
    private int _nextUpdate = 1000;
    private int _nextMessage = 1;

    /// <summary>deleteWebhook, setWebhook and setMyCommands calls, with their bodies.</summary>
    public IReadOnlyList<JsonObject> Setup => [.. _setup];

    /// <summary>The highest offset getUpdates was called with: every update below it is confirmed.</summary>
    public int ConfirmedBelow { get; private set; }

    /// <summary>A user writes to the bot; returns the message id. A group chat is "group", a private one "private".</summary>
    public int Say(long chatId, long userId, string text, string chatType = "private", string languageCode = "en")
    {
        var update = FakeJson.Update(Interlocked.Increment(ref _nextUpdate), Interlocked.Increment(ref _nextMessage), chatId, userId, text, chatType, languageCode, Clock.GetUtcNow());
        _chats[Id(chatId)] = true;
        lock (_updates)
        {
            _updates.Add(update);
            _arrived.TrySetResult();
        }

        return update["message"]!["message_id"]!.GetValue<int>();
    }

    /// <summary>A chat the bot may write to (one whose user wrote first, as Telegram requires).</summary>
    public void AddChat(long chatId) => _chats[Id(chatId)] = true;

    /// <summary>
    /// How often a getUpdates came while another, from a live connection, was still waiting: two bot instances
    /// polling at once. As Telegram does, the newer call wins and the older is answered 409 Conflict.
    /// </summary>
    public int Conflicts => Volatile.Read(ref _conflicts);

    /// <summary>Updates not yet confirmed by an offset.</summary>
    public int Pending { get { lock (_updates) { return _updates.Count(u => u["update_id"]!.GetValue<int>() >= ConfirmedBelow); } } }

    private async Task<(int, string)> GetUpdatesAsync(JsonObject body, CancellationToken aborted)
    {
        RecordAllowed(body);
        using var slot = new PollSlot(aborted);
        var previous = Interlocked.Exchange(ref _poll, slot);
        if (previous is not null && previous.Terminate(aborted))
        {
            Interlocked.Increment(ref _conflicts);
        }

        try
        {
            return await WaitForUpdatesAsync(body, slot.Token);
        }
        catch (OperationCanceledException) when (slot.Terminated)
        {
            return (409, FakeJson.Error(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"));
        }
        finally
        {
            Interlocked.CompareExchange(ref _poll, null, slot);
        }
    }

    private async Task<(int, string)> WaitForUpdatesAsync(JsonObject body, CancellationToken aborted)
    {
        // As Telegram: an offset confirms every update below it, and confirmed updates are never handed out again.
        ConfirmedBelow = Math.Max(ConfirmedBelow, body["offset"]?.GetValue<int>() ?? 0);
        var offset = ConfirmedBelow;
        var limit = body["limit"]?.GetValue<int>() ?? 100;
        var timeout = TimeSpan.FromSeconds(body["timeout"]?.GetValue<int>() ?? 0);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(aborted, _stopping.Token);
        wait.CancelAfter(timeout);
        while (true)
        {
            Task arrived;
            lock (_updates)
            {
                var ready = _updates.Where(u => u["update_id"]!.GetValue<int>() >= offset).Take(limit).Select(u => u.DeepClone()).ToArray();
                aborted.ThrowIfCancellationRequested();
                if (ready.Length > 0 || wait.IsCancellationRequested)
                {
                    return (200, FakeJson.Ok(new JsonArray(ready)));
                }

                if (_arrived.Task.IsCompleted)
                {
                    _arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }

                arrived = _arrived.Task;
            }

            await Task.WhenAny(arrived, Task.Delay(Timeout.Infinite, wait.Token));
        }
    }

    private (int, string) Record(string method, JsonObject body)
    {
        body["method"] = method;
        _setup.Enqueue(body);
        return (200, FakeJson.Ok(true));
    }
}

/// <summary>A getUpdates call in flight: cancelled when its client goes away or a newer call terminates it.</summary>
internal sealed class PollSlot(CancellationToken aborted) : IDisposable
{
    private readonly CancellationTokenSource _cancel = CancellationTokenSource.CreateLinkedTokenSource(aborted);
    private int _terminated;

    public CancellationToken Token => _cancel.Token;

    public bool Terminated => Volatile.Read(ref _terminated) == 1;

    /// <summary>Ends the call with 409; true when its client was still there (a real conflict, not a dead poller).</summary>
    public bool Terminate(CancellationToken newer)
    {
        if (newer.IsCancellationRequested || aborted.IsCancellationRequested)
        {
            return false;
        }

        Volatile.Write(ref _terminated, 1);
        try
        {
            _cancel.Cancel();
        }
        catch (ObjectDisposedException)
        {
            return false; // it had already answered
        }

        return true;
    }

    public void Dispose() => _cancel.Dispose();
}
