using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;

namespace DigestBot.Tests.Fakes;

/// <summary>Inline keyboards, button presses (callback_query updates), editMessageText and answerCallbackQuery, as Telegram checks them.</summary>
public sealed partial class FakeBotApi
{
    private readonly ConcurrentDictionary<string, bool> _openQueries = new();
    private readonly ConcurrentDictionary<int, bool> _uneditable = new();
    private readonly ConcurrentQueue<FakeMessage> _edits = new();
    private readonly ConcurrentQueue<FakeCallbackAnswer> _answers = new();

    /// <summary>Every edit Telegram accepted, in order.</summary>
    public IReadOnlyList<FakeMessage> Edits => [.. _edits];

    /// <summary>Every answerCallbackQuery Telegram accepted, in order.</summary>
    public IReadOnlyList<FakeCallbackAnswer> CallbackAnswers => [.. _answers];

    /// <summary>Telegram will not edit this message any more (too old): editMessageText gets 400.</summary>
    public void MakeUneditable(int messageId) => _uneditable[messageId] = true;

    /// <summary>A user presses a button with this data under a delivered message; returns the query's id.</summary>
    public string Press(FakeMessage message, string data, long userId)
    {
        var queryId = Interlocked.Increment(ref _nextUpdate).ToString(CultureInfo.InvariantCulture) + "77";
        var user = new JsonObject { ["id"] = userId, ["is_bot"] = false, ["first_name"] = "Reader", ["language_code"] = "en" };
        var query = new JsonObject
        {
            ["id"] = queryId,
            ["from"] = user,
            ["message"] = FakeJson.Message(message.Id, message.ArrivedAt, message.Visible, message.ChatId),
            ["chat_instance"] = "42",
            ["data"] = data,
        };
        _openQueries[queryId] = true;
        lock (_updates)
        {
            _updates.Add(new JsonObject { ["update_id"] = Interlocked.Increment(ref _nextUpdate), ["callback_query"] = query });
            _arrived.TrySetResult();
        }

        return queryId;
    }

    private (int, string) EditMessageText(JsonObject body)
    {
        var chatId = body["chat_id"]?.ToString() ?? "";
        var id = body["message_id"]?.GetValue<int>() ?? 0;
        var edit = new FakeMessage(chatId, body["text"]?.GetValue<string>() ?? "", body["parse_mode"]?.GetValue<string>(),
            body["link_preview_options"]?["is_disabled"]?.GetValue<bool>() ?? false) { Buttons = Keyboard(body), Id = id, ArrivedAt = Clock.GetUtcNow() };
        lock (_delivered)
        {
            if (id < 1 || id > _delivered.Count || _delivered[id - 1].ChatId != chatId)
            {
                return (400, FakeJson.Error(400, "Bad Request: message to edit not found"));
            }

            if (_uneditable.ContainsKey(id))
            {
                return (400, FakeJson.Error(400, "Bad Request: message can't be edited"));
            }

            var (visible, error) = string.Equals(edit.ParseMode, "HTML", StringComparison.OrdinalIgnoreCase) ? TelegramHtml.Parse(edit.Text) : (edit.Text, null);
            var refusal = error is not null || visible is null ? $"Bad Request: {error}"
                : visible.Trim().Length == 0 ? "Bad Request: message text is empty"
                : visible.Length > 4096 ? "Bad Request: MESSAGE_TOO_LONG"
                : edit.Buttons.Any(b => System.Text.Encoding.UTF8.GetByteCount(b.Data) is 0 or > 64) ? "Bad Request: BUTTON_DATA_INVALID"
                : visible == _delivered[id - 1].Visible && edit.Buttons.SequenceEqual(_delivered[id - 1].Buttons)
                    ? "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message"
                    : null;
            if (refusal is not null)
            {
                return (400, FakeJson.Error(400, refusal));
            }

            _delivered[id - 1] = _delivered[id - 1] with { Text = edit.Text, Visible = visible!, Buttons = edit.Buttons };
            _edits.Enqueue(edit with { Visible = visible! });
            return (200, FakeJson.Ok(FakeJson.Message(id, Clock.GetUtcNow(), visible!, chatId)));
        }
    }

    private (int, string) AnswerCallbackQuery(JsonObject body)
    {
        var id = body["callback_query_id"]?.GetValue<string>() ?? "";
        var text = body["text"]?.GetValue<string>();
        if (!_openQueries.TryRemove(id, out _))
        {
            return (400, FakeJson.Error(400, "Bad Request: query is too old and response timeout expired or query ID is invalid"));
        }

        if (text?.Length > 200)
        {
            return (400, FakeJson.Error(400, "Bad Request: MESSAGE_TOO_LONG"));
        }

        _answers.Enqueue(new FakeCallbackAnswer(id, text, Clock.GetUtcNow()));
        return (200, FakeJson.Ok(true));
    }

    private static IReadOnlyList<FakeButton> Keyboard(JsonObject body) =>
        body["reply_markup"]?["inline_keyboard"] is JsonArray rows
            ? [.. rows.OfType<JsonArray>().SelectMany(r => r.OfType<JsonObject>())
                .Select(b => new FakeButton(b["text"]?.GetValue<string>() ?? "", b["callback_data"]?.GetValue<string>() ?? ""))]
            : [];
}

/// <summary>One inline button: its label and its callback data.</summary>
public sealed record FakeButton(string Text, string Data);

/// <summary>One answerCallbackQuery Telegram accepted.</summary>
public sealed record FakeCallbackAnswer(string QueryId, string? Text, DateTimeOffset ArrivedAt);
