using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace DigestBot.Tests.Fakes;

/// <summary>Inline mode: inline_query updates and answerInlineQuery, checked as Telegram checks them.</summary>
public sealed partial class FakeBotApi
{
    private readonly ConcurrentDictionary<string, bool> _openInline = new();
    private readonly ConcurrentQueue<FakeInlineAnswer> _inlineAnswers = new();

    /// <summary>Every answerInlineQuery Telegram accepted, in order.</summary>
    public IReadOnlyList<FakeInlineAnswer> InlineAnswers => [.. _inlineAnswers];

    /// <summary>The allowed_updates of the latest getUpdates call (null when it named none).</summary>
    public IReadOnlyList<string>? AllowedUpdates { get; private set; }

    /// <summary>A user types "@DigestBot query" in some chat; returns the inline query's id.</summary>
    public string Inline(long userId, string query)
    {
        var queryId = Interlocked.Increment(ref _nextUpdate).ToString(CultureInfo.InvariantCulture) + "99";
        var user = new JsonObject { ["id"] = userId, ["is_bot"] = false, ["first_name"] = "Reader", ["language_code"] = "en" };
        var inline = new JsonObject { ["id"] = queryId, ["from"] = user, ["query"] = query, ["offset"] = "", ["chat_type"] = "group" };
        _openInline[queryId] = true;
        lock (_updates)
        {
            _updates.Add(new JsonObject { ["update_id"] = Interlocked.Increment(ref _nextUpdate), ["inline_query"] = inline });
            _arrived.TrySetResult();
        }

        return queryId;
    }

    private void RecordAllowed(JsonObject body) =>
        AllowedUpdates = body["allowed_updates"] is JsonArray allowed ? [.. allowed.Select(a => a!.GetValue<string>())] : null;

    private (int, string) AnswerInlineQuery(JsonObject body)
    {
        var id = body["inline_query_id"]?.GetValue<string>() ?? "";
        var results = body["results"] as JsonArray ?? [];
        var (answers, refusal) = results.Count > 50 ? ([], "RESULTS_TOO_MUCH") : Results(results);
        if (!_openInline.ContainsKey(id))
        {
            return (400, FakeJson.Error(400, "Bad Request: query is too old and response timeout expired or query ID is invalid"));
        }

        if (refusal is not null)
        {
            return (400, FakeJson.Error(400, $"Bad Request: {refusal}"));
        }

        _openInline.TryRemove(id, out _);
        _inlineAnswers.Enqueue(new FakeInlineAnswer(id, answers, body["cache_time"]?.GetValue<int>(), Clock.GetUtcNow()));
        return (200, FakeJson.Ok(true));
    }

    private static (IReadOnlyList<FakeInlineResult>, string?) Results(JsonArray results)
    {
        var answers = new List<FakeInlineResult>();
        foreach (var result in results.OfType<JsonObject>())
        {
            var id = result["id"]?.GetValue<string>() ?? "";
            var content = result["input_message_content"];
            var text = content?["message_text"]?.GetValue<string>() ?? "";
            var parseMode = content?["parse_mode"]?.GetValue<string>();
            var (visible, error) = string.Equals(parseMode, "HTML", StringComparison.OrdinalIgnoreCase) ? TelegramHtml.Parse(text) : (text, null);
            var title = result["title"]?.GetValue<string>();
            var refusal = Encoding.UTF8.GetByteCount(id) is 0 or > 64 ? "RESULT_ID_INVALID"
                : answers.Any(a => a.Id == id) ? "RESULT_ID_DUPLICATE"
                : result["type"]?.GetValue<string>() != "article" || string.IsNullOrEmpty(title) ? "can't parse inline query result: Field \"title\" must be of type String"
                : error is not null || visible is null ? error
                : visible.Trim().Length == 0 ? "MESSAGE_EMPTY"
                : visible.Length > 4096 ? "MESSAGE_TOO_LONG"
                : null;
            if (refusal is not null)
            {
                return ([], refusal);
            }

            answers.Add(new FakeInlineResult(id, title!, result["description"]?.GetValue<string>(), text, visible!, parseMode));
        }

        return (answers, null);
    }
}

/// <summary>One answerInlineQuery Telegram accepted: its results and cache_time.</summary>
public sealed record FakeInlineAnswer(string QueryId, IReadOnlyList<FakeInlineResult> Results, int? CacheTime, DateTimeOffset ArrivedAt);

/// <summary>One article result: id, title and description as listed, the message it sends (HTML and as shown).</summary>
public sealed record FakeInlineResult(string Id, string Title, string? Description, string Text, string Visible, string? ParseMode);
