using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace DigestBot.Tests.Fakes;

/// <summary>The fake Mastodon's answers: the instance, a new status, the idempotency cache, the length rule.</summary>
public sealed partial class FakeMastodonApi
{
    private static readonly TimeSpan IdempotencyWindow = TimeSpan.FromHours(1);

    /// <summary>The length Mastodon's StatusLengthValidator counts: each URL as the reserved length, the rest in graphemes.</summary>
    public int Length(string text) =>
        new StringInfo(Url().Replace(text, new string('x', CharactersReservedPerUrl ?? 23))).LengthInTextElements;

    private async Task InstanceAsync(HttpContext http)
    {
        var statuses = new JsonObject { ["max_media_attachments"] = 4 };
        if (MaxCharacters is { } max)
        {
            statuses["max_characters"] = max;
        }

        if (CharactersReservedPerUrl is { } reserved)
        {
            statuses["characters_reserved_per_url"] = reserved;
        }

        var instance = new JsonObject
        {
            ["domain"] = "mastodon.example",
            ["title"] = "Fake Mastodon",
            ["version"] = "4.3.0",
            ["source_url"] = "https://github.com/mastodon/mastodon",
            ["configuration"] = new JsonObject
            {
                ["urls"] = new JsonObject { ["streaming"] = "wss://mastodon.example" },
                ["accounts"] = new JsonObject { ["max_featured_tags"] = 10 },
                ["statuses"] = statuses,
            },
        };
        await FakeJson.WriteAsync(http, 200, instance.ToJsonString());
    }

    /// <summary>As PostStatusService: a key seen within the hour answers with its status; else validate, create, remember the key.</summary>
    private (int, string) Answer(StatusRequest request, string? key)
    {
        lock (_statuses)
        {
            var now = Clock.GetUtcNow();
            if (key is not null && _idempotency.TryGetValue(key, out var seen) && now - seen.At < IdempotencyWindow)
            {
                return (200, Json(seen.Status));
            }

            if (string.IsNullOrWhiteSpace(request.Text))
            {
                return (422, """{"error":"Validation failed: Text can't be blank"}""");
            }

            if (Length(request.Text) > (MaxCharacters ?? 500))
            {
                return (422, $$"""{"error":"Validation failed: Text character limit of {{MaxCharacters ?? 500}} exceeded"}""");
            }

            var id = (109_876_543_210_000_000L + _statuses.Count + 1).ToString(CultureInfo.InvariantCulture);
            var status = new FakeStatus(id, request.Text, request.InReplyTo, request.Visibility ?? "public", request.Language, key, now);
            _statuses.Add(status);
            if (key is not null)
            {
                _idempotency[key] = (status, now);
            }

            return (200, Json(status));
        }
    }

    private static string Json(FakeStatus status) => new JsonObject
    {
        ["id"] = status.Id,
        ["created_at"] = status.CreatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        ["in_reply_to_id"] = status.InReplyTo,
        ["in_reply_to_account_id"] = status.InReplyTo is null ? null : "109876543210",
        ["sensitive"] = false,
        ["spoiler_text"] = "",
        ["visibility"] = status.Visibility,
        ["language"] = status.Language,
        ["uri"] = $"https://mastodon.example/users/digestbot/statuses/{status.Id}",
        ["url"] = $"https://mastodon.example/@digestbot/{status.Id}",
        ["content"] = "<p>" + WebUtility.HtmlEncode(status.Text).Replace("\n", "<br />", StringComparison.Ordinal) + "</p>",
        ["account"] = new JsonObject { ["id"] = "109876543210", ["username"] = "digestbot", ["acct"] = "digestbot", ["bot"] = true },
    }.ToJsonString();

    [GeneratedRegex(@"https?://\S+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    /// <summary>The parameters of POST /api/v1/statuses, sent as JSON or as a form (Mastodon takes both).</summary>
    private sealed record StatusRequest(string Text, string? InReplyTo, string? Visibility, string? Language)
    {
        public static async Task<StatusRequest> ReadAsync(HttpRequest request)
        {
            if (request.HasFormContentType)
            {
                var form = await request.ReadFormAsync();
                return new StatusRequest(form["status"].ToString(), form["in_reply_to_id"].FirstOrDefault(), form["visibility"].FirstOrDefault(), form["language"].FirstOrDefault());
            }

            var body = await JsonNode.ParseAsync(request.Body) as JsonObject ?? [];
            return new StatusRequest(
                body["status"]?.GetValue<string>() ?? "", body["in_reply_to_id"]?.GetValue<string>(), body["visibility"]?.GetValue<string>(), body["language"]?.GetValue<string>());
        }
    }
}
