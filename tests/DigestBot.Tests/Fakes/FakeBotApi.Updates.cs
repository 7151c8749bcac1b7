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

    /// <summary>Updates not yet confirmed by an offset.</summary>
    public int Pending { get { lock (_updates) { return _updates.Count(u => u["update_id"]!.GetValue<int>() >= ConfirmedBelow); } } }

    private async Task<(int, string)> GetUpdatesAsync(JsonObject body, CancellationToken aborted)
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
