using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;

namespace DigestBot.Tests.Fakes;

/// <summary>sendMessage, as Telegram checks and answers it.</summary>
public sealed partial class FakeBotApi
{
    private readonly List<FakeMessage> _delivered = [];
    private readonly List<FakeMessage> _calls = [];
    private readonly ConcurrentDictionary<string, long> _migrated = new();
    private readonly ConcurrentDictionary<string, bool> _blocked = new();

    /// <summary>Messages that reached a chat, in order.</summary>
    public IReadOnlyList<FakeMessage> Delivered { get { lock (_delivered) { return [.. _delivered]; } } }

    /// <summary>Every sendMessage call, answered or not.</summary>
    public IReadOnlyList<FakeMessage> Calls { get { lock (_delivered) { return [.. _calls]; } } }

    /// <summary>Messages that reached one chat.</summary>
    public IReadOnlyList<FakeMessage> To(long chatId) => Delivered.Where(m => m.ChatId == Id(chatId)).ToList();

    /// <summary>Telegram's rate limits, when a test asks the fake to enforce them (off by default).</summary>
    public FloodControl? Limits { get; set; }

    /// <summary>The user blocked the bot: sendMessage to the chat gets 403.</summary>
    public void Block(long chatId) => _blocked[Id(chatId)] = true;

    /// <summary>The group became a supergroup: sendMessage to the old id gets 400 with migrate_to_chat_id.</summary>
    public void Migrate(long groupId, long supergroupId)
    {
        _migrated[Id(groupId)] = supergroupId;
        _chats[Id(supergroupId)] = true;
    }

    private async Task<(int, string)> SendMessageAsync(JsonObject body, CancellationToken aborted)
    {
        var request = new FakeMessage(
            body["chat_id"]?.ToString() ?? "",
            body["text"]?.GetValue<string>() ?? "",
            body["parse_mode"]?.GetValue<string>(),
            body["link_preview_options"]?["is_disabled"]?.GetValue<bool>() ?? false,
            body["reply_parameters"]?["message_id"]?.GetValue<int>())
        {
            Buttons = Keyboard(body),
        };
        int number;
        lock (_delivered)
        {
            _calls.Add(request with { ArrivedAt = Clock.GetUtcNow() });
            number = _calls.Count;
        }

        if (Limits?.Check(request.ChatId, Clock.GetUtcNow()) is { } retryAfter)
        {
            return (429, FakeJson.Error(429, $"Too Many Requests: retry after {retryAfter}", retryAfter));
        }

        return _script.TryGetValue(number, out var reply) ? await ScriptedAsync(reply, request, aborted) : Send(request);
    }

    private async Task<(int, string)> ScriptedAsync(FakeReply reply, FakeMessage request, CancellationToken aborted)
    {
        switch (reply)
        {
            case FakeReply.ApiError e:
                return (e.Code, FakeJson.Error(e.Code, e.Description, e.RetryAfter));
            case FakeReply.Status s:
                return (s.Code, s.Body);
            case FakeReply.Late late:
                var answer = Send(request);
                await Task.Delay(late.Delay, aborted);
                return answer;
            default:
                Send(request);
                using (var both = CancellationTokenSource.CreateLinkedTokenSource(aborted, _stopping.Token))
                {
                    await Task.Delay(Timeout.Infinite, both.Token);
                }

                return (500, "");
        }
    }

    /// <summary>What Telegram does with a sendMessage: refuse it as the real API would, or deliver it.</summary>
    private (int, string) Send(FakeMessage request)
    {
        if (_blocked.ContainsKey(request.ChatId))
        {
            return (403, FakeJson.Error(403, "Forbidden: bot was blocked by the user"));
        }

        if (_migrated.TryGetValue(request.ChatId, out var supergroup))
        {
            return (400, FakeJson.Error(400, "Bad Request: group chat was upgraded to a supergroup chat", migrateTo: supergroup));
        }

        if (request.ChatId != ChannelName && request.ChatId != Id(ChannelId) && !_chats.ContainsKey(request.ChatId))
        {
            return (400, FakeJson.Error(400, "Bad Request: chat not found"));
        }

        var (visible, error) = string.Equals(request.ParseMode, "HTML", StringComparison.OrdinalIgnoreCase) ? TelegramHtml.Parse(request.Text) : (request.Text, null);
        if (error is not null || visible is null)
        {
            return (400, FakeJson.Error(400, $"Bad Request: {error}"));
        }

        if (visible.Trim().Length == 0)
        {
            return (400, FakeJson.Error(400, "Bad Request: message text is empty"));
        }

        if (visible.Length > 4096)
        {
            return (400, FakeJson.Error(400, "Bad Request: message is too long"));
        }

        if (request.Buttons.Any(b => System.Text.Encoding.UTF8.GetByteCount(b.Data) is 0 or > 64))
        {
            return (400, FakeJson.Error(400, "Bad Request: BUTTON_DATA_INVALID"));
        }

        int id;
        lock (_delivered)
        {
            _delivered.Add(request with { ArrivedAt = Clock.GetUtcNow(), Visible = visible, Id = _delivered.Count + 1 });
            id = _delivered.Count;
        }

        return (200, FakeJson.Ok(FakeJson.Message(id, Clock.GetUtcNow(), visible, request.ChatId)));
    }

    private static string Id(long chatId) => chatId.ToString(CultureInfo.InvariantCulture);
}
